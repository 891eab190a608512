// run

// GOROOT's sync over hood's runtime hooks (rt/linkname.c), with one
// goroutine: Mutex, RWMutex, Once, WaitGroup, Pool (emptied by
// runtime.GC, as each gc cycle empties it), Cond without waiters, Map.

package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	println(mu.TryLock())
	mu.Unlock()
	println(mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	println(rw.TryRLock())
	rw.Unlock()
	rw.RLocker().Lock()
	rw.RLocker().Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once", i) })
	}
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		wg.Done()
	}
	wg.Wait()
	println("waited")

	made := 0
	p := sync.Pool{New: func() any { made++; return made }}
	p.Put(100)
	println(p.Get().(int), p.Get().(int))
	p.Put(200)
	runtime.GC()
	runtime.GC()
	println(p.Get().(int))

	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	println(v.(int), ok)
	v, loaded := m.LoadOrStore("c", 3)
	println(v.(int), loaded)
	m.Delete("b")
	n := 0
	m.Range(func(k, v any) bool { n += v.(int); return true })
	println(n)
	defer func() { println(recover().(string)) }()
	wg.Done()
}

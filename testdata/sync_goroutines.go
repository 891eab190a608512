// run

// GOROOT's sync across goroutines, over the runtime's semaphores and
// notify lists (rt/sema.c): a Mutex guarding a map, WaitGroup, Cond
// with Signal and Broadcast, RWMutex readers and writers, goroutines
// queued on a locked Mutex, Once.

package main

import (
	"sync"
	"sync/atomic"
	"runtime"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	var wg sync.WaitGroup
	c := counter{n: map[string]int{}}
	var total int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc([]string{"a", "b", "c"}[i%3])
			atomic.AddInt64(&total, int64(i))
		}(i)
	}
	wg.Wait()
	println(c.n["a"], c.n["b"], c.n["c"], total)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			ready++
			cond.Signal()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 5 {
		cond.Wait()
	}
	mu.Unlock()
	println("ready", ready)

	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
		go func() {
			defer wg2.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
	}
	wg2.Wait()
	println("shared", shared)

	// A mutex held across a blocking receive: the others wait on it.
	var m2 sync.Mutex
	start := make(chan bool)
	var order []int
	var wg3 sync.WaitGroup
	m2.Lock()
	for i := 0; i < 4; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			m2.Lock()
			order = append(order, i)
			m2.Unlock()
		}(i)
	}
	go func() { start <- true }()
	<-start
	m2.Unlock()
	wg3.Wait()
	println("locked", len(order))

	var once sync.Once
	var wg4 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			once.Do(func() { println("once") })
		}()
	}
	wg4.Wait()
	cond2 := sync.NewCond(&sync.Mutex{})
	waiting := 0
	for i := 0; i < 3; i++ {
		go func() {
			cond2.L.Lock()
			waiting++
			cond2.Wait()
			waiting--
			cond2.L.Unlock()
		}()
	}
	for {
		cond2.L.Lock()
		w := waiting
		cond2.L.Unlock()
		if w == 3 {
			break
		}
		runtime.Gosched()
	}
	cond2.L.Lock()
	cond2.Broadcast()
	cond2.L.Unlock()
	for {
		cond2.L.Lock()
		w := waiting
		cond2.L.Unlock()
		if w == 0 {
			break
		}
		runtime.Gosched()
	}
	println("broadcast done")
}

// run

// A deadlock in GOROOT's sync: goroutines waiting on a semaphore
// (WaitGroup.Wait, Mutex.Lock: "semacquire") and on a sync.Cond
// ("sync.Cond.Wait") are listed as gc lists them.

package main

import (
	"runtime"
	"sync"
)

func lock(mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
}

func wait(c *sync.Cond) {
	c.L.Lock()
	c.Wait()
}

func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go lock(&mu, &wg)
	go wait(sync.NewCond(&sync.Mutex{}))
	wg.Wait()
}

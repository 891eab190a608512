// run

// A goroutine blocked in a send panics "send on closed channel" when
// the channel is closed under it: the panic is in that goroutine, whose
// traceback ends with the go statement that made it ("created by").

package main

import "runtime"

func send(c chan int, v int) {
	println("sending", v)
	c <- v
	println("not reached")
}

func main() {
	runtime.GOMAXPROCS(1)
	c := make(chan int)
	go send(c, 1)
	runtime.Gosched()
	close(c)
	select {}
}

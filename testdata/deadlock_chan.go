// run

// gc's deadlock error when no goroutine can run: "fatal error: all
// goroutines are asleep - deadlock!", then every goroutine, in the
// order they were made, with why it waits (chan send, chan receive,
// select, the nil-channel forms, select (no cases)) and the go
// statement that made it; one that ended is not listed. GOMAXPROCS(1)
// makes gc number the goroutines as hood does.

package main

import "runtime"

func send(c chan int) {
	c <- 1
}

func recv(c chan string) {
	<-c
}

func sel(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func nilsend() {
	var c chan int
	c <- 1
}

func nilrecv() {
	var c chan int
	v, ok := <-c
	println(v, ok)
}

func main() {
	runtime.GOMAXPROCS(1)
	go send(make(chan int))
	go recv(make(chan string))
	go sel(make(chan int), make(chan int))
	go nilsend()
	go nilrecv()
	done := make(chan bool)
	go func() {
		done <- true
	}()
	<-done
	select {}
}

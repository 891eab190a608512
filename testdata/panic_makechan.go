// run

// make(chan T, n) with n out of range panics "makechan: size out of
// range": negative, or a buffer too big to allocate.

package main

func size(n int) int { return n }

func main() {
	c := make(chan int, size(0))
	println(cap(c))
	big := make(chan [1 << 10]byte, size(1<<20))
	println(cap(big))
	defer func() {
		println("recovered:", recover().(error).Error())
		_ = make(chan int64, size(1<<60))
	}()
	_ = make(chan int, size(-1))
}

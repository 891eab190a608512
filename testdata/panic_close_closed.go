// run

// close of a closed channel panics: "close of closed channel"; a
// receive from it still gives the zero value first.

package main

func main() {
	c := make(chan string, 1)
	c <- "buffered"
	close(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v == "", ok)
	close(c)
}

// run

// close of a nil channel panics: "close of nil channel".

package main

func main() {
	var c chan int
	defer println("deferred call runs")
	close(c)
}

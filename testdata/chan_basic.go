// run

// Channels within one goroutine and between two: make with and without
// a buffer, send, receive (value, comma-ok, dropped), len and cap (also
// of a nil channel), close and the zero values that follow, for-range
// over a channel, and elements of every shape (words, strings, structs,
// arrays, interfaces, zero-size values).

package main

type pair struct {
	a, b int
	s    string
}

type big [20]int

func main() {
	b := make(chan pair, 2)
	b <- pair{1, 2, "x"}
	b <- pair{3, 4, "yy"}
	println(len(b), cap(b))
	p := <-b
	println(p.a, p.b, p.s, len(b))
	close(b)
	p, ok := <-b
	println(p.a, p.s, ok)
	p, ok = <-b
	println(p.a, p.s, ok, len(b))

	var nc chan int
	println(len(nc), cap(nc), nc == nil)

	s := make(chan string, 3)
	s <- "one"
	s <- "two"
	<-s
	println(<-s + "!")

	var arr big
	for i := range arr {
		arr[i] = i * i
	}
	ab := make(chan big, 1)
	ab <- arr
	arr[19] = -1
	got := <-ab
	println(got[0], got[19], arr[19])

	ic := make(chan interface{}, 4)
	ic <- 42
	ic <- "str"
	ic <- nil
	ic <- pair{5, 6, "z"}
	close(ic)
	for v := range ic {
		switch x := v.(type) {
		case int:
			println("int", x)
		case string:
			println("string", x)
		case pair:
			println("pair", x.a, x.s)
		default:
			println("nil", x == nil)
		}
	}

	z := make(chan struct{}, 10)
	for i := 0; i < 7; i++ {
		z <- struct{}{}
	}
	println("zero-size", len(z), cap(z))
	close(z)
	n := 0
	for range z {
		n++
	}
	println("ranged", n)

	f := make(chan float64, 1)
	f <- 1.5
	println(<-f * 2)

	// A receive as an operand, in a call, and in a composite literal.
	q := make(chan int, 4)
	q <- 10
	q <- 20
	q <- 30
	q <- 40
	sum := <-q + <-q
	println(sum, add(<-q, 1), []int{<-q}[0])

	// Directional channel types.
	var sendOnly chan<- int = q
	var recvOnly <-chan int = q
	sendOnly <- 7
	println(<-recvOnly, cap(sendOnly), len(recvOnly))

	// An unbuffered channel between two goroutines.
	u := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			u <- i * 100
		}
		close(u)
	}()
	for v := range u {
		println("from goroutine", v)
	}
	v, ok := <-u
	println(v, ok)
}

func add(a, b int) int { return a + b }

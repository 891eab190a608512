// run

// Channels in other constructs: a closure capturing the range variable
// of a channel loop (one variable for the loop, Go 1.19), break out of a
// labelled select, continue and goto out of a select in a loop, go of a
// value method (the receiver copied at the statement), channels in
// arrays, maps, structs and interfaces, and channels of channels,
// pointers and funcs.

package main

type big struct{ a [10]int }

func (b big) sum(done chan int) {
	s := 0
	for _, v := range b.a {
		s += v
	}
	done <- s
}

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	var fs []func() int
	for v := range c {
		fs = append(fs, func() int { return v })
		if v == 3 {
			break
		}
	}
	println(fs[0](), len(fs))
	x := 0
	get := func() int { return x }
L:
	select {
	case x = <-c:
		if x == 4 {
			break L
		}
		println("no")
	}
	println(get())
	n := 0
outer:
	for {
		select {
		case v := <-c:
			if v%2 == 0 {
				continue outer
			}
			n += v
			if v == 9 {
				goto end
			}
		}
	}
end:
	println("n", n)
	var b big
	for i := range b.a {
		b.a[i] = i
	}
	done := make(chan int)
	go b.sum(done)
	b.a[0] = 100
	println(<-done)
	var arr [3]chan int
	for i := range arr {
		arr[i] = make(chan int, 1)
	}
	arr[1] <- 5
	select {
	case v := <-arr[0]:
		println(0, v)
	case v := <-arr[1]:
		println(1, v)
	case v := <-arr[2]:
		println(2, v)
	}
	m := map[int]chan string{1: make(chan string, 1)}
	m[1] <- "map chan"
	println(<-m[1])
	type S struct{ c chan *int }
	s := S{make(chan *int, 1)}
	y := 42
	s.c <- &y
	p := <-s.c
	*p = 7
	println(y)
	cc := make(chan chan int, 1)
	cc <- make(chan int, 1)
	inner := <-cc
	inner <- 3
	println(<-inner)
	var e interface{} = c
	if ch, ok := e.(chan int); ok {
		println("iface chan", cap(ch), ch == c)
	}
	fn := make(chan func() string, 1)
	fn <- func() string { return "func over chan" }
	println((<-fn)())
}

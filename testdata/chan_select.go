// run

// select: with a default, with one case (a plain send or receive), with
// several ready cases (gc's uniform random choice: every case is picked
// sometimes), with nil channels (never ready), break out of a select
// inside a loop, the same channel in several cases, the evaluation
// order of channel operands and sent values (all of them, in source
// order, on entering), and receive targets assigned only when their
// case is chosen.

package main

func ch(name string, c chan int) chan int {
	println("eval", name)
	return c
}

func val(name string, v int) int {
	println("eval", name)
	return v
}

func main() {
	var nilc chan int
	c := make(chan int, 1)
	select {
	case v := <-nilc:
		println("nil receive", v)
	case nilc <- 1:
		println("nil send")
	default:
		println("default: nothing ready")
	}
	select {
	case c <- 1:
		println("sent 1")
	default:
		println("full")
	}
	select {
	case c <- 2:
		println("sent 2")
	default:
		println("full")
	}
	select {
	case v, ok := <-c:
		println("received", v, ok)
	default:
		println("empty")
	}
	select {
	case v := <-c:
		println("received", v)
	default:
		println("empty")
	}

	// One case: the communication itself.
	select {
	case c <- 3:
	}
	select {
	case v := <-c:
		println("single", v)
	}

	// Several ready cases: each is chosen sometimes.
	a, b := make(chan int, 1), make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	println("both chosen:", counts[0] > 100, counts[1] > 100, counts[0]+counts[1])

	// Send and receive cases together; a closed channel is always ready.
	done := make(chan int)
	close(done)
	out := make(chan int, 1)
	sent := 0
	for len(out) == 0 {
		select {
		case out <- 7:
			sent++
		case v, ok := <-done:
			if v != 0 || ok {
				println("bad receive from a closed channel")
			}
		}
	}
	println("sent once", sent, <-out)

	// Operands evaluated in source order on entry; the receive's left
	// side only if its case runs.
	x := make(chan int, 1)
	y := make(chan int, 1)
	y <- 9
	m := map[string]int{}
	select {
	case m[key("x")] = <-ch("x", x):
		println("x chosen")
	case ch("s", nilc) <- val("v", 5):
		println("send chosen")
	case m[key("y")] = <-ch("y", y):
		println("y chosen", m["y"])
	}

	// break leaves the select; the labelled loop is left with break L.
	tick := make(chan int, 10)
	for i := 0; i < 10; i++ {
		tick <- i
	}
	close(tick)
	n := 0
L:
	for {
		select {
		case v, ok := <-tick:
			if !ok {
				break L
			}
			if v%2 == 0 {
				break
			}
			n += v
		}
	}
	println("odd sum", n)

	// The same channel in two cases.
	same := make(chan int, 1)
	same <- 4
	select {
	case v := <-same:
		println("one of two cases", v)
	case v := <-same:
		println("one of two cases", v)
	}

	// A select in a goroutine waiting on several channels.
	req := make(chan int)
	stop := make(chan bool)
	res := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case v := <-req:
				total += v
			case <-stop:
				res <- total
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		req <- i
	}
	stop <- true
	println("total", <-res)
}

func key(k string) string {
	println("key", k)
	return k
}

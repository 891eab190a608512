// run

// The order of evaluation in a select: every case's channel (and a send's
// value) on entering it, in source order; the left side of the chosen
// receive only after the value has arrived, also in a select of one case
// (which is not lowered as the assignment it looks like).

package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int { trace = append(trace, "chan "+name); return c }

func ptr(name string, p *int) *int { trace = append(trace, "lhs "+name); return p }

func val(name string, v int) int { trace = append(trace, "value "+name); return v }

func show(what string) {
	fmt.Println(what+":", trace)
	trace = nil
}

func main() {
	c := make(chan int, 1)
	var x, y int
	var ok bool

	c <- 1
	select {
	case *ptr("x", &x) = <-ch("c", c):
	}
	show("one case")

	c <- 2
	select {
	case *ptr("y", &y), ok = <-ch("c", c):
	}
	show("one case, comma-ok")

	c <- 3
	select {
	case *ptr("x", &x) = <-ch("c1", c):
	case ch("c2", nil) <- val("v", 9):
	}
	show("two cases")

	select {
	case *ptr("y", &y) = <-ch("c", c):
	default:
		trace = append(trace, "default")
	}
	show("one case and default")
	fmt.Println(x, y, ok)
}

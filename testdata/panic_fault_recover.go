// run

// Tests that a fault turned into a panic by the SIGSEGV handler can be
// recovered like any panic, and that a later panic does not report the
// old signal: ranging over a nil array pointer faults in sum, safe
// recovers, then main panics with a plain value.

package main

func sum(p *[4]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func safe(p *[4]int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
			s = -1
		}
	}()
	return sum(p)
}

func main() {
	var a [4]int
	a[1] = 5
	println(safe(&a))
	println(safe(nil))
	println(safe(nil))
	panic("later")
}

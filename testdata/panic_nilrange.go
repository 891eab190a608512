// run

// Tests a nil dereference that faults: ranging over a nil pointer to an
// array reads its first element through the nil pointer. The SIGSEGV
// handler turns the fault into gc's nil-dereference panic, with the
// "[signal SIGSEGV ...]" line and the faulting frame on top.

package main

func sum(p *[4]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func total(a, b *[4]int) int {
	return sum(a) + sum(b)
}

func main() {
	var a [4]int
	a[2] = 7
	println(sum(&a))
	println(total(&a, nil))
}

// run

// Variables whose address outlives their function: locals, parameters
// and named results returned by address, and a fresh variable for every
// execution of a declaration. (hood once kept them in the frame and
// returned dangling pointers.)

package main

type Peano *Peano

func makePeano(n int) *Peano {
	if n == 0 {
		return nil
	}
	p := Peano(makePeano(n - 1))
	return &p
}

func count(p *Peano) int {
	n := 0
	for p != nil {
		p = *p
		n++
	}
	return n
}

func param(x int) *int {
	x *= 2
	return &x
}

func result() (r [3]int, p *[3]int) {
	p = &r
	r[1] = 7
	return
}

func fresh() [4]*int {
	var ps [4]*int
	for i := 0; i < 4; i++ {
		v := i * i
		ps[i] = &v
	}
	return ps
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n
	}
	return a[n%64]
}

func main() {
	p := makePeano(1000)
	clobber(5)
	println(count(p))
	a, b := param(21), param(4)
	clobber(9)
	println(*a, *b)
	r, q := result()
	q[2] = 9
	println(r[1], r[2], q[1], q[2])
	ps := fresh()
	clobber(3)
	println(*ps[0], *ps[1], *ps[2], *ps[3])
}

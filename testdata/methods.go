// run

// Methods declared on named types, with value and pointer receivers:
// calls on values, on pointers (automatic & and *), with several
// arguments and results, deferred method calls (the receiver evaluated
// at the defer statement), and blank methods and functions.

package main

type Counter int

func (c Counter) Get() int { return int(c) }
func (c *Counter) Inc()    { *c++ }
func (c *Counter) Add(n int) int {
	*c += Counter(n)
	return int(*c)
}

type Pair [2]int

func (p Pair) Sum() int { return p[0] + p[1] }
func (p *Pair) Swap()   { p[0], p[1] = p[1], p[0] }

type Name string

func (n Name) Greet(greeting string) (string, int) { return greeting + ", " + string(n), len(n) }

// A value receiver gets a copy.
func (p Pair) SetFirst(v int) Pair {
	p[0] = v
	return p
}

func _()       {}
func _()       {}
func (Name) _() {}

type Big [12]int

func (b Big) Last() int { return b[11] }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get(), c.Add(10))
	p := &c
	p.Inc()
	println(p.Get(), c)
	pr := Pair{3, 4}
	pr.Swap()
	println(pr[0], pr[1], pr.Sum())
	pp := &pr
	println(pp.Sum(), pp.SetFirst(100)[0], pr[0])
	n := Name("gopher")
	println(n.Greet("hello"))
	var big Big
	big[11] = 77
	println(big.Last())
	defer c.Inc()
	defer println("deferred get", c.Get())
	defer func() { println("final", c) }()
}

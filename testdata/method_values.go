// run

// Method values: x.M as a func value binds the receiver when it is
// evaluated (a copy for a value receiver, the address for a pointer
// receiver), for concrete and interface receivers; deferred calls of
// interface methods evaluate the receiver and arguments at the defer.

package main

type Counter int

func (c Counter) Get() int      { return int(c) }
func (c *Counter) Add(n int)    { *c += Counter(n) }
func (c Counter) Pair(k int) (int, int) { return int(c), k }

type Getter interface{ Get() int }

type Named string

func (n Named) Get() int { return len(n) }

type Printer interface{ Print(s string) }

type Tag string

func (t Tag) Print(s string) { println(string(t), s) }

func apply(f func() int) int { return f() }

func main() {
	c := Counter(5)
	get := c.Get // a copy of c now
	add := c.Add // &c
	add(3)
	println(get(), c.Get(), apply(c.Get))
	pair := c.Pair
	a, b := pair(9)
	println(a, b)

	p := &c
	getp := p.Get // *p now
	c = 100
	println(getp(), p.Get())

	var g Getter = Named("four")
	f := g.Get
	g = Counter(7)
	println(f(), g.Get())

	fs := [3]func() int{Counter(1).Get, Named("xy").Get, g.Get}
	for _, h := range fs {
		println(h())
	}

	defer println("deferred builtin")
	defer g.Get()
	var named Getter = Named("abc")
	defer func() { println("named", named.Get()) }()
	defer show(named.Get)
	named = Counter(0)
	var pr Printer = Tag("first")
	msg := "hello"
	defer pr.Print(msg)
	pr = Tag("second")
	msg = "changed"
	pr.Print(msg)
}

func show(f func() int) { println("show", f()) }

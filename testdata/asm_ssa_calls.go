// asmcheck

// The SSA the builder makes of closures and of method calls (checked
// with hood's ssa pseudo-architecture against `hood ssa` after the
// machine-independent passes, before lowering; testdata/README.md): a
// closure is a newobject holding the code's address and the captured
// variable's cell; a call through a func value loads the code from the
// closure and makes a ClosureCall with the closure as context; a method
// call on a concrete type is a StaticCall of the method's symbol; an
// interface method call loads the code from the itab and calls it
// indirectly; a method value makes a closure of the -fm wrapper.

package p

type T struct{ n int }

func (t *T) Add(d int) int { t.n += d; return t.n }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func counter() func() int {
	// ssa:`Addr <unsafe.Pointer> \{main\.counter\.func1\}`,`StaticCall <mem> \{runtime\.newobject\}`
	c := 0
	return func() int {
		// ssa:`ClosurePtr`
		c++
		return c
	}
}

func callClosure(f func(int) int) int {
	// ssa:`ClosureCall <mem>`,-`StaticCall <mem> \{main\.`
	return f(3)
}

func callMethod(t *T) int {
	// ssa:`StaticCall <mem> \[16\] \{main\.\(\*T\)\.Add\}`,-`ClosureCall`
	return t.Add(2)
}

func callValueMethod(t T) int {
	// ssa:`StaticCall <mem> .*\{main\.T\.Get\}`
	return t.Get()
}

func callInterface(g Getter) int {
	// ssa:`OffPtr <unsafe.Pointer> \[24\]`,`ClosureCall <mem>`,`NilFault`,-`StaticCall <mem> .*\{main\.T\.Get\}`
	return g.Get()
}

func methodValue(t *T) func(int) int {
	// ssa:`Addr <unsafe.Pointer> \{main\.\(\*T\)\.Add-fm\}`
	return t.Add
}

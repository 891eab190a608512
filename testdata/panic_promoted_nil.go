// run

// A method promoted through a nil embedded pointer: calling a value
// method dereferences the nil *Inner in the caller, a nil-pointer fault
// (gc's [signal SIGSEGV ...] line); a pointer method gets the nil
// receiver and runs.

package main

type Inner struct{ a, x int }

func (i Inner) Get() int { return i.x }

func (i *Inner) IsNil() bool { return i == nil }

type Mid struct {
	pad int
	*Inner
}

type Outer struct {
	Mid
}

func main() {
	o := Outer{Mid{1, &Inner{2, 3}}}
	println(o.Get(), o.IsNil())
	o.Inner = nil
	println(o.IsNil())
	println(o.Get())
}

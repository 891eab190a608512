// run

// A variable of interface type that a closure captures (so it lives in
// a heap cell), declared with a composite literal of another type: the
// cell must hold the boxed value. hood once built the literal into the
// cell itself, leaving a nil interface (Go's interface/embed3.go).

package main

type I interface{ Foo(int) }

type X struct{}

func (X) Foo() {}

type P struct{ a, b int }

func main() {
	var e interface{} = X{}
	var q interface{} = P{1, 2}
	var a [2]interface{} = [2]interface{}{P{3, 4}, X{}}
	func() {
		println(e == nil, q == nil, q.(P).b, a[0].(P).a, a[1] == nil)
		_, ok := e.(I)
		println(ok)
	}()
	defer func() { println(recover().(error).Error()) }()
	func() { _ = e.(I) }()
}

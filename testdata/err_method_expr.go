// errorcheck

// Method expressions the checker rejects: a pointer method through the
// value type, a method the type does not have.

package main

type T int

func (t *T) Inc() { *t++ }
func (t T) Get() int { return int(t) }

type I interface{ M() }

func main() {
	_ = T.Inc  // ERROR "cannot call pointer method Inc on T"
	_ = T.Set  // ERROR "T.Set undefined \(type T has no field or method Set\)"
	_ = (*T).Get
	_ = I.M
	_ = I.N    // ERROR "I.N undefined \(type I has no field or method N\)"
	var f func(T) int = T.Get
	var g func(int) int = T.Get // ERROR "cannot use T.Get \(value of type func\(T\) int\) as type func\(int\) int in variable declaration"
	_, _ = f, g
}

// run

// Tests blank labels: several in one function are allowed (they declare
// nothing), on plain statements and on loops. hood once failed with an
// internal compiler error on the second one.

package main

func main() {
_:
	for i := 0; i < 2; i++ {
		println(i)
	}
_:
	println(2)
_:
	{
		println(3)
	}
}

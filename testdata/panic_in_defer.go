// run

// A deferred call panics while a panic runs it: the first panic is
// aborted, and both are printed, oldest first.

package main

func main() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

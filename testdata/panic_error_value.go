// run

// panic with an error prints the result of its Error method, and a
// Stringer the result of String, for each panic of a chain.

package main

type Err string

func (e Err) Error() string { return "error " + string(e) }

type S int

func (s S) String() string { return "stringer" }

func main() {
	defer func() {
		panic(S(1))
	}()
	var err error = Err("boom")
	panic(err)
}

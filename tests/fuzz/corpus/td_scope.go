// run

// Tests lexical scoping and shadowing: blocks, if/for/switch scopes, package-level names shadowed locally.

package main

var x = "package x"

func show() {
	println("show:", x)
}

func main() {
	println(x)
	x := 1
	println(x)
	{
		x := "block"
		println(x)
		{
			x := true
			println(x)
		}
		println(x)
	}
	println(x)
	if x := x > 0; x { // the x on the right is the outer int
		println("if x is bool:", x)
	} else {
		println("else x:", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		println("for body x:", x)
	}
	switch x := "sw"; x {
	case "sw":
		x := 7
		println("case x:", x)
	}
	show()
	// shadowing a type name and builtin names
	{
		len := 3
		println("len var:", len)
		type int string
		var s int = "int is a string here"
		println(s)
	}
	println(len("builtin again"))
	// a variable that shadows a function parameter type name
	const true = false
	println("true is", true)
}

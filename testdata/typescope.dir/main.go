package main

import (
	"fmt"

	"./a"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func local() interface{} {
	type T int
	return T(1)
}

func main() {
	try("unexported field", func() { _ = a.X.(struct{ x int }) })
	try("exported field", func() { _ = a.Y.(struct{ X int }) })
	type T int
	try("two scopes", func() { _ = local().(T) })
	_ = a.X.(struct{ x int })
}

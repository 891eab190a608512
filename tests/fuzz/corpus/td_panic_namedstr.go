// run

// Tests an explicit panic with a value of a named string type: gc quotes it and prints the type name.

package main

type Msg string

func main() {
	panic(Msg("custom message"))
}

// run

// Compares interface values with nil: the one interface comparison that
// needs no type information (an interface is nil when its type word is).

package main

var g interface{}

func isNil(v interface{}) bool {
	return v == nil
}

func main() {
	var e interface{}
	println(e == nil, nil != e, g == nil, (e) != (nil))
	if e == nil && g == nil {
		println("both nil")
	}
}

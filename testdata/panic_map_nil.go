// run

// Assigning to an entry of a nil map panics with gc's plain error
// "assignment to entry in nil map", after the right side is evaluated.

package main

type Registry struct {
	byName map[string]int
}

func (r *Registry) add(name string, v int) {
	r.byName[name] = v
}

func main() {
	var r Registry
	println(len(r.byName), r.byName["x"])
	r.add("x", 1)
	println("not reached")
}

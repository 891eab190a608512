// errorcheck

// //go:noescape is only for a function without a body.

package main

//go:noescape
func h(p *int) {} // ERROR "can only use //go:noescape with external func implementations"

func main() {
	h(nil)
}

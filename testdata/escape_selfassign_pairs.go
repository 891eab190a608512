// errorcheck -0 -m -l

// gc's self-assignments, which escape analysis ignores: val.x = val.y,
// a[i] = a[j] with indexes that do not touch memory, in single and
// tuple assignments. Not one: an index that calls, a map element, an
// implicit conversion to an interface. A
// map read flows nothing of the map (what it holds came from the heap).

package main

type Node struct {
	left, right *Node
	kids        [4]*Node
	s           []*Node
	i           any
	str         string
	ptr         *int
}

func swap(n *Node) { // ERROR "n does not escape$"
	n.left, n.right = n.right, n.left // ERROR "swap ignoring self-assignment in n.left, n.right = n.right, n.left$"
}

func fields(n *Node) { // ERROR "n does not escape$"
	n.left = n.right // ERROR "fields ignoring self-assignment in n.left = n.right$"
}

func elems(n *Node, i, j int) { // ERROR "n does not escape$"
	n.kids[i] = n.kids[j+1] // ERROR "elems ignoring self-assignment in n.kids\[i\] = n.kids\[j \+ 1\]$"
}

// An implicit conversion to an interface is no self-assignment.
func box(n *Node) { // ERROR "leaking param content: n$"
	n.i = n.str // ERROR "n.str escapes to heap$"
}

func boxPtr(n *Node) { // ERROR "leaking param content: n$"
	n.i = n.ptr
}

func index() int { return 1 }

func elemsCall(n *Node, i int) { // ERROR "leaking param content: n$"
	n.s[i] = n.s[index()]
}

func mapElems(m map[int]*Node) { // ERROR "m does not escape$"
	m[1] = m[2]
}

func main() {
	n := &Node{} // ERROR "&Node{} does not escape$"
	n.s = make([]*Node, 2) // ERROR "make\(\[\]\*Node, 2\) escapes to heap$"
	swap(n)
	fields(n)
	elems(n, 0, 1)
	elemsCall(n, 0)
	box(n)
	boxPtr(n)
	println(n.left == nil)
}

// errorcheck

// Initialisation cycles among constants and variables, reported as gc
// chooses them: the node with the fewest dependencies left (then the
// first in the source) is taken next, and one taken while it still
// waits is on a cycle, reported from it. So the three constants below,
// one cycle through all and one through B and C, give two reports.
// Functions on the way count as references of their callers.

package main

const A = 1 + B // ERROR "initialization loop for A"
const B = C - 1 // ERROR "initialization loop for B"
const C = A + B + 1

const D = D // ERROR "initialization loop for D"

var x = f() // ERROR "initialization loop for x"

func f() int { return y }

var y = x + 1

var z = 2 * z // ERROR "initialization loop for z"

func main() {}

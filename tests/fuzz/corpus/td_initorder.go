// run

// Tests package initialisation order: variables initialised by dependency order, then init() functions in source order.

package main

var a = b + c
var b = f("b", 2)
var c = f("c", 3)
var d = f("d", 4)

var total = sumAll()

var (
	x = y * 2
	y = z + 1
	z = f("z", 10)
)

var counter int

func f(name string, v int) int {
	counter++
	println("init var", name, "=", v, "order", counter)
	return v
}

func sumAll() int {
	println("sumAll sees a =", a, "d =", d)
	return a + d
}

var p, q = pair()

func pair() (int, int) {
	println("pair called")
	return 7, 8
}

var unusedDeps = f("late", a+x)

var s1 = s2 + "!"
var s2 = "hello"

var zero int
var arr = [3]int{b, c, d}

func init() {
	println("init #1: a =", a, "x =", x, "total =", total)
}

func init() {
	println("init #2: p, q =", p, q, "counter =", counter)
	zero = 99
}

func main() {
	println("main: zero =", zero, "s1 =", s1, "arr =", arr[0], arr[1], arr[2])
}

func init() {
	println("init #3: zero =", zero)
}

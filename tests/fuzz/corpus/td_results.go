// run

// Tests functions with multiple results, named results, bare returns and assignment of results.

package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(x, y, z int) (min, max int) {
	min, max = x, x
	if y < min {
		min = y
	}
	if z < min {
		min = z
	}
	if y > max {
		max = y
	}
	if z > max {
		max = z
	}
	return
}

func swap(a, b string) (string, string) {
	return b, a
}

func three() (int8, string, bool) {
	return -1, "three", true
}

func zeroes() (i int, s string, b bool, u uint64) {
	return
}

func overwrite() (n int) {
	n = 5
	return n * 2
}

func chain(a, b int) (int, int) {
	return divmod(a, b)
}

func sum3(a, b, c int) int {
	return a + b + c
}

func triple() (int, int, int) {
	return 1, 2, 3
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func earlyNamed(n int) (res string) {
	res = "default"
	if n < 0 {
		res = "negative"
		return
	}
	if n == 0 {
		return "zero"
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	q, r = named(-17, 5)
	println(q, r)
	println(minmax(3, -1, 7))
	a, b := swap("first", "second")
	println(a, b)
	a, b = swap(a, b)
	println(a, b)
	x, y, z := three()
	println(x, y, z)
	println(zeroes())
	println(overwrite())
	println(chain(100, 7))
	println(sum3(triple()))
	_, r2 := divmod(9, 4)
	println(r2)
	println(shadow())
	println(earlyNamed(-1), earlyNamed(0), earlyNamed(1))
	// swap with parallel assignment
	i, j := 1, 2
	i, j = j, i
	println(i, j)
	arr := [3]int{1, 2, 3}
	k := 0
	k, arr[k] = 2, 9
	println(k, arr[0], arr[1], arr[2])
}

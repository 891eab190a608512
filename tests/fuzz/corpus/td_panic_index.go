// run

// Tests the runtime panic for an array index out of range with a variable index.

package main

func get(a [5]int, i int) int {
	return a[i]
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	for i := 0; i < 5; i++ {
		print(get(a, i), " ")
	}
	println()
	i := 5
	println("about to index", i)
	println(get(a, i))
	println("not reached")
}

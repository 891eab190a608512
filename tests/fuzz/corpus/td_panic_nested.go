// run

// Tests an index-out-of-range panic raised several calls deep, in an array of arrays.

package main

var grid [3][3]int

func set(i, j, v int) {
	grid[i][j] = v
}

func fill(n int) {
	for i := 0; i < n; i++ {
		set(i/3, i%3, i)
	}
}

func main() {
	fill(9)
	println(grid[2][2])
	fill(10)
}

// run

// Tests arrays of arrays: nested indexing, row copies, matrix multiplication and nested range loops.

package main

type Mat [3][3]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func printMat(m Mat) {
	for _, row := range m {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
}

func transpose(m Mat) Mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	printMat(mul(a, id))
	printMat(mul(a, a))
	t := transpose(a)
	printMat(t)
	println("a unchanged:", a[0][1], a[1][0])
	// copying a row is a copy
	row := a[1]
	row[0] = 40
	println(row[0], a[1][0])
	// assigning a row
	a[2] = [3]int{-1, -2, -3}
	printMat(a)
	// three dimensions
	var cube [2][3][4]int8
	n := int8(0)
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = n
				n++
			}
		}
	}
	println(cube[1][2][3], cube[0][1][2], len(cube), len(cube[0]), len(cube[0][0]))
	// pascal's triangle in a 2-D array
	var p [10][10]int
	for i := 0; i < 10; i++ {
		p[i][0] = 1
		for j := 1; j <= i; j++ {
			p[i][j] = p[i-1][j-1] + p[i-1][j]
		}
	}
	for i := 0; i < 10; i++ {
		for j := 0; j <= i; j++ {
			print(p[i][j], " ")
		}
		println()
	}
	// array of string arrays
	names := [2][2]string{{"ada", "bob"}, {"cy", "dee"}}
	for i, r := range names {
		for j, s := range r {
			println(i, j, s, len(s))
		}
	}
}

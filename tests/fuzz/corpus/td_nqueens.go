// run

// Tests backtracking recursion over global arrays: counts N-queens solutions for N = 1..8 and prints one board.

package main

var cols [8]bool
var diag1 [15]bool
var diag2 [15]bool
var pos [8]int
var printed bool

func solve(row, n int) int {
	if row == n {
		if n == 6 && !printed {
			printed = true
			for r := 0; r < n; r++ {
				line := ""
				for c := 0; c < n; c++ {
					if pos[r] == c {
						line += "Q"
					} else {
						line += "."
					}
				}
				println(line)
			}
		}
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || diag1[row+c] || diag2[row-c+n-1] {
			continue
		}
		cols[c], diag1[row+c], diag2[row-c+n-1] = true, true, true
		pos[row] = c
		count += solve(row+1, n)
		cols[c], diag1[row+c], diag2[row-c+n-1] = false, false, false
	}
	return count
}

func main() {
	for n := 1; n <= 8; n++ {
		println("queens", n, ":", solve(0, n))
	}
}

// run

// Zero-size parameters and results ([0]T, struct{}) take no register
// under the register convention; they must still be values (hood
// crashed on F()[i] with a [0]func() result).

package main

type E struct{}

func zero() [0]int               { return [0]int{} }
func empty(e E, x int) (E, int)  { return e, x + 1 }
func mixed(a [0]string, b int) int { return b * 2 }

var F = func() [0]func() { return [0]func(){} }

func main() {
	z := zero()
	println(len(z), len(F()))
	e, n := empty(E{}, 41)
	_ = e
	println(n, mixed([0]string{}, 21))
	defer func() { println("recovered:", recover() != nil) }()
	i := 2
	_ = F()[i%1+i]
}

// concat: string concatenation of two and of several operands, string
// comparison, and conversions to and from []byte (docs/performance.md).
package main

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	n, eq := 0, 0
	for r := 0; r < 200000; r++ {
		a := words[r%5] + words[(r+1)%5]
		b := words[r%5] + "-" + words[(r+2)%5] + "-" + words[(r+3)%5]
		if a < b {
			n += len(a)
		} else {
			n += len(b)
		}
		if a == words[r%5]+words[(r+1)%5] {
			eq++
		}
		bs := []byte(b)
		bs[0] = 'X'
		n += len(string(bs))
	}
	s := ""
	for i := 0; i < 2000; i++ {
		s += words[i%5]
	}
	println(n, eq, len(s))
}

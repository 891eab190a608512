// run

// Tests the panic for a three-index slice whose max exceeds the capacity.

package main

func main() {
	s := make([]byte, 4, 6)
	max := 6
	t := s[1:2:max]
	println(len(t), cap(t))
	max = 7
	t = s[1:2:max]
	println(len(t), cap(t))
}

// run

// Tests the runtime panic for a negative variable index into a string.

package main

func main() {
	s := "hello"
	i := -1
	for j := 0; j < len(s); j++ {
		i++
	}
	i -= 6
	println("index", i)
	println(s[i])
}

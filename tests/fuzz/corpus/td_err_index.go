// errorcheck

// Tests constant indices out of range for arrays and constant strings, and negative constant indices.

package main

func main() {
	var a [3]int
	_ = a[5]  // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[3]  // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	const s = "abc"
	_ = s[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	var m [2][4]int
	_ = m[1][4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	i := 2
	_ = a[i]
	_ = a["x"] // ERROR "cannot convert .x. \(untyped string constant\) to int"
}

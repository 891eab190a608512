// errorcheck

// Conversions gc accepts: a slice to an array pointer (Go 1.17), struct
// types that differ only in their tags (at any depth), and a tag written
// as "" being no tag at all. What is still rejected keeps gc's wording.

package main

type Tagged struct {
	F string `json:"f"`
}

type Plain struct{ F string }

type Raw struct {
	F string `json:"f"`
}

func main() {
	b := make([]byte, 8)
	p := (*[8]byte)(b)
	q := (*[4]byte)(b[2:6])
	_, _ = p, q

	var t Tagged
	_ = Plain(t)
	_ = []struct{ F string }([]struct {
		F string `x:"y"`
	}{})
	_ = (*Plain)(&t)

	var e struct {
		x int ""
	}
	var n struct{ x int }
	n = e
	_ = n

	var r Raw
	_ = r == Raw(t)

	_ = (*[8]int)(b)    // ERROR "cannot convert b \(variable of type \[\]byte\) to type \*\[8\]int"
	_ = [8]byte(b)      // ERROR "cannot convert b \(variable of type \[\]byte\) to type \[8\]byte"
	var pt *Tagged = &n // ERROR "cannot use &n \(value of type \*struct{x int}\) as type \*Tagged in variable declaration"
	_ = pt
}

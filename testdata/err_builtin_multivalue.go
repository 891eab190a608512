// errorcheck

// Builtins called with the results of one multi-valued call, and append
// with ... of a slice of another named type with the same elements (its
// parameter is ...E, a []E). Results of the wrong types are reported as
// gc does, naming the call.

package main

type Ints []int
type MoreInts []int

func pair() ([]int, []int)                     { return nil, nil }
func withElems() ([]interface{}, *int, string) { return nil, nil, "" }
func sliceAndFloat() ([]int, float64)          { return nil, 0 }

func main() {
	var a Ints
	var b MoreInts
	a = append(a, b...)
	a = append(a, []int{1}...)
	_ = copy(pair())
	_ = append(withElems())
	println(pair())

	_ = append(pair())           // ERROR "cannot use pair\(\) \(value of type \[\]int\) as type int in argument to append"
	_ = append(sliceAndFloat())  // ERROR "cannot use sliceAndFloat\(\) \(value of type float64\) as type int in argument to append"
	_ = append(a, []string{}...) // ERROR "cannot use \[\]string{} \(value of type \[\]string\) as type \[\]int in argument to append"
}

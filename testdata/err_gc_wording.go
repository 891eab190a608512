// errorcheck

// Messages worded and placed as gc 1.19 words them: builtin argument
// counts, copy and append, slices of unaddressable values, composite
// literal keys and elided types, redeclared methods.

package main

type T struct{ f int }

func (T) m()  {}
func (T) m()  {} // ERROR "T.m redeclared in this block"
func (*T) f() {} // ERROR "field and method with the same name f"

func arr() [3]int { return [3]int{} }

func main() {
	s := []int{1}
	_ = copy()             // ERROR "invalid operation: not enough arguments for copy\(\) \(expected 2, found 0\)"
	_ = len(s, s)          // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = copy(s, "a")       // ERROR "arguments to copy s \(variable of type \[\]int\) and .a. \(untyped string constant\) have different element types int and byte"
	_ = copy(1, s)         // ERROR "copy expects slice arguments; found 1 \(untyped int constant\) and s \(variable of type \[\]int\)"
	_ = append(1, 2)       // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = append(s, 1, s...) // ERROR "too many arguments in call to append"
	_ = append(s...)       // ERROR "not enough arguments in call to append"
	_ = arr()[:]           // ERROR "invalid operation: arr\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)"
	_ = 3[:]               // ERROR "invalid operation: cannot slice 3 \(untyped int constant\)"
	_ = [2]int{-1: 1}      // ERROR "index -1 \(constant of type int\) must not be negative"
	_ = [2]int{2: 1}       // ERROR "index 2 out of bounds \[0:2\]"
	_ = [2]int{s[0]: 1}    // ERROR "index s\[0\] must be integer constant"
	_ = []*T{{}, {f: 1}}
	_ = map[int]T{1: {}}
	_ = [][]int{{1}, {2: 3}}
	_ = map[[1]int]int{{1}: 1}
	_ = T{f: {}} // ERROR "missing type in composite literal"
}

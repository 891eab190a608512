// errorcheck

// Counts in assignments as gc reports them: one variable and a call of
// several results is a count mismatch, not a single-value context (but
// a var declaration of one variable is); several single values report
// their own errors first.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var b int
	b = two()          // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var c int = two()  // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_, _, _ = two(), 3 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = b, 1           // ERROR "assignment mismatch: 1 variable but 2 values"
	_, _ = a, c
	_ = make([]int, 5, 2)                      // ERROR "length and capacity swapped"
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key .a. in map literal"
}

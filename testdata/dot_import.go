// run

// Dot imports: a package's exported names used without a qualifier, as
// values, types, in type switches and method calls, beside a named import
// of the same package; a struct literal's key that is also an imported
// name does not use the import.

package main

import (
	. "errors"
	"fmt"
	. "sort"
	. "strings"
	str "strings"
)

type T struct{ Join int }

func main() {
	var b Builder // a type of strings
	b.WriteString(ToUpper("dot"))
	b.WriteString(str.Repeat("!", 2))
	fmt.Println(b.String(), Index("chicken", "ken"), T{Join: 3}.Join)
	xs := []int{3, 1, 2}
	Ints(xs)
	fmt.Println(xs, IsSorted(IntSlice(xs)))
	err := New("boom")
	var e interface{} = err
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	case error:
		fmt.Println("error:", err, Is(err, err))
	}
	var r = NewReader("abc")
	fmt.Println(r.Len())
}

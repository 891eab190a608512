// run

// Struct types whose tags hold quotes and backslashes, used where the
// compiler names their descriptors and equality functions in code
// (interface conversions, comparisons, type switches): the symbols'
// names carry the tags, which the assembler must read.

package main

type tagged struct {
	A int `json:"a,omitempty"`
	B string "q\\\"x"
	C float64 `%22`
}

type other struct {
	A int `json:"a"`
}

func kind(x interface{}) string {
	switch x.(type) {
	case tagged:
		return "tagged"
	case struct {
		A int `json:"a"`
	}:
		return "anonymous"
	case other:
		return "other"
	}
	return "none"
}

func main() {
	t := tagged{1, "b", 2}
	var i interface{} = t
	println(i == interface{}(tagged{1, "b", 2}), i == interface{}(tagged{1, "c", 2}))
	println(kind(t), kind(other{1}), kind(struct {
		A int `json:"a"`
	}{2}), kind(1))
	m := map[interface{}]int{t: 1, other{2}: 2}
	println(m[tagged{1, "b", 2}], m[other{2}], len(m))
}

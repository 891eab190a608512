// run

// reflect.DeepEqual: every kind, nil against empty, NaN, funcs, maps
// compared by key, interfaces, and cyclic values (lists and maps that
// contain themselves), which must terminate.

package main

import (
	"errors"
	"reflect"
)

type node struct {
	val  int
	next *node
}

type tree struct {
	kids []*tree
	name string
}

type S struct {
	A int
	b []string
	M map[string]interface{}
}

func main() {
	nan := 0.0
	nan = nan / nan
	f := func() {}
	e1 := errors.New("x")
	cases := []struct {
		x, y interface{}
	}{
		{1, 1}, {1, 2}, {1, int64(1)}, {"a", "a"}, {nil, nil}, {nil, 1}, {1, nil},
		{[]int{1, 2}, []int{1, 2}}, {[]int{}, []int(nil)}, {[]int(nil), []int(nil)}, {[]int{1}, []int{1, 2}},
		{[2]int{1, 2}, [2]int{1, 2}}, {[2]int{1, 2}, [2]int{2, 1}},
		{map[string]int{"a": 1}, map[string]int{"a": 1}}, {map[string]int{"a": 1}, map[string]int{"b": 1}},
		{map[string]int{}, map[string]int(nil)}, {map[int][]int{1: {2}}, map[int][]int{1: {2}}},
		{S{1, []string{"x"}, map[string]interface{}{"k": []int{1}}}, S{1, []string{"x"}, map[string]interface{}{"k": []int{1}}}},
		{S{1, []string{"x"}, nil}, S{1, []string{"y"}, nil}},
		{&S{A: 1}, &S{A: 1}}, {&S{A: 1}, &S{A: 2}},
		{nan, nan}, {[]float64{nan}, []float64{nan}}, {1.5, 1.5}, {-0.0, 0.0},
		{f, f}, {(func())(nil), (func())(nil)},
		{e1, e1}, {e1, errors.New("x")},
		{[]interface{}{1, "a", nil}, []interface{}{1, "a", nil}}, {[]interface{}{1}, []interface{}{int8(1)}},
		{struct{}{}, struct{}{}}, {complex(1, 2), complex(1, 2)}, {true, false},
		{map[interface{}]int{1: 1, "x": 2}, map[interface{}]int{"x": 2, 1: 1}},
		{[]byte("abc"), []byte("abc")}, {[]byte("abc"), []byte("abd")},
	}
	for i, c := range cases {
		println(i, reflect.DeepEqual(c.x, c.y))
	}

	// cycles
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	println("cycle", reflect.DeepEqual(a, b))
	c := &node{1, &node{1, nil}}
	c.next.next = c
	println("cycle of two", reflect.DeepEqual(a, c))
	d := &node{2, nil}
	d.next = d
	println("different cycle", reflect.DeepEqual(a, d))

	t1 := &tree{name: "root"}
	t1.kids = []*tree{t1, {name: "leaf"}}
	t2 := &tree{name: "root"}
	t2.kids = []*tree{t2, {name: "leaf"}}
	println("tree", reflect.DeepEqual(t1, t2))
	t2.kids[1].name = "other"
	println("tree changed", reflect.DeepEqual(t1, t2))

	m1 := map[string]interface{}{}
	m1["self"] = m1
	m2 := map[string]interface{}{}
	m2["self"] = m2
	println("map cycle", reflect.DeepEqual(m1, m2))

	s1 := []interface{}{nil}
	s1[0] = s1
	s2 := []interface{}{nil}
	s2[0] = s2
	println("slice cycle", reflect.DeepEqual(s1, s2))

	var i1, i2 interface{}
	i1 = &i1
	i2 = &i2
	println("interface cycle", reflect.DeepEqual(i1, i2))
}

// run

// Switches whose cases are nil (slices, maps, funcs, interfaces,
// pointers), a tagless switch whose case is an interface (compared with
// the missing tag, true), and conversions between types that differ only
// in struct tags at any depth.

package main

import "fmt"

type tagged struct {
	F string `json:"f"`
	G []struct {
		H int `h`
	}
}

type plain struct {
	F string
	G []struct{ H int }
}

func kind(v interface{}) string {
	switch v {
	case nil:
		return "nil interface"
	case 1:
		return "int 1"
	case true:
		return "true"
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	for _, s := range [][]int{nil, {}, {1}} {
		switch s {
		case nil:
			fmt.Println("nil slice")
		default:
			fmt.Println("slice of", len(s))
		}
	}
	var m map[string]int
	for i := 0; i < 2; i++ {
		switch m {
		case nil:
			fmt.Println("nil map")
			m = map[string]int{}
		default:
			fmt.Println("map")
		}
	}
	var f func()
	switch f {
	case nil:
		fmt.Println("nil func")
	}
	var p *int
	switch p {
	case nil:
		fmt.Println("nil pointer")
	}
	fmt.Println(kind(nil), kind(1), kind(true), kind("x"))

	for _, i := range []interface{}{true, false, 1, nil} {
		switch {
		case i:
			fmt.Println(i, "is true")
		case false:
			fmt.Println(i, "unreachable")
		default:
			fmt.Println(i, "is not true")
		}
	}

	ts := []struct {
		F string `json:"f"`
		G []struct {
			H int `h`
		}
	}{{F: "a", G: []struct {
		H int `h`
	}{{1}, {2}}}}
	ps := ([]struct {
		F string
		G []struct{ H int }
	})(ts)
	ps[0].F = "b"
	fmt.Println(ts[0].F, len(ps[0].G), ps[0].G[1].H)
	var pt *tagged = (*tagged)(&ts[0])
	pp := (*plain)(pt)
	fmt.Println(pp.F, pp.G[0].H)
}

// run

// Named map types with methods, maps as interface values (pointer-shaped:
// the data word is the map itself), type switches and assertions on map
// types, a map held in an interface compared with ==, which panics.

package main

type Set map[string]bool

func (s Set) Add(k string) Set {
	s[k] = true
	return s
}

func (s Set) Has(k string) bool { return s[k] }

func (s *Set) Reset() { *s = Set{} }

type Lener interface{ Len() int }

type Graph map[int][]int

func (g Graph) Len() int { return len(g) }

func (g Graph) Edge(a, b int) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case map[string]int:
		return "map[string]int of " + string(rune('0'+len(v)))
	case Set:
		return "Set"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func main() {
	s := Set{}
	s.Add("a").Add("b")
	println(s.Has("a"), s.Has("c"), len(s))
	s.Reset()
	println(len(s))
	var ps = &s
	ps.Add("z")
	println((*ps)["z"], len(s))

	g := Graph{}
	g.Edge(1, 2)
	g.Edge(2, 3)
	var l Lener = g
	println(l.Len(), len(g[2]), g[2][0]+g[2][1])

	var x interface{} = map[string]int{"k": 1}
	println(describe(x), describe(s), describe(nil), describe(3))
	m := x.(map[string]int)
	m["j"] = 2
	println(len(x.(map[string]int)))
	_, ok := x.(Set)
	println(ok)
	var nilmap map[int]int
	var y interface{} = nilmap
	println(y != nil, y.(map[int]int) == nil)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	println(x == y)
	var z interface{} = map[string]int{}
	println(x == z)
}

// println: fmt.Fprintln of structs (nested, with strings, floats,
// pointers to nothing, slices and maps) into a writer that only counts
// and checksums the bytes, so that formatting is measured and not the
// terminal or a pipe (docs/performance.md).
package main

import "fmt"

type point struct {
	X, Y int
}

type rec struct {
	Name  string
	ID    int64
	Pos   point
	Score float64
	Tags  []string
	Next  *rec
	OK    bool
}

// sink is an io.Writer that keeps a length and a checksum of what it is
// given.
type sink struct {
	n, sum int
}

func (w *sink) Write(p []byte) (int, error) {
	for i, c := range p {
		w.sum += int(c) ^ i
	}
	w.n += len(p)
	return len(p), nil
}

func main() {
	w := &sink{}
	tags := []string{"red", "green", "blue"}
	for i := 0; i < 100000; i++ {
		r := rec{Name: "node", ID: int64(i) * 1000003, Pos: point{i, -i}, Score: float64(i) / 8, Tags: tags[:i%4], OK: i%3 == 0}
		fmt.Fprintln(w, r, point{i & 7, i >> 3})
		fmt.Fprintf(w, "%+v\n", r.Pos)
	}
	fmt.Println(w.n, w.sum)
}

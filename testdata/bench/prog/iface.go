// iface: method calls through interfaces (two dynamic types at one call
// site), type switches and assertions (docs/performance.md).
package main

type Shape interface {
	Area() int
	Grow(int) Shape
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r Rect) Area() int          { return r.w * r.h }
func (r Rect) Grow(d int) Shape   { return Rect{r.w + d, r.h} }
func (s *Square) Area() int       { return s.s * s.s }
func (s *Square) Grow(d int) Shape { s.s += d & 1; return s }

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total, rects := 0, 0
	for i := 0; i < 3000000; i++ {
		sh := shapes[i&1]
		total += sh.Area()
		if i%1000 == 0 {
			shapes[i&1] = sh.Grow(1)
		}
		switch v := sh.(type) {
		case Rect:
			rects += v.w & 1
		case *Square:
			total -= v.s & 1
		}
		if r, ok := sh.(Rect); ok {
			total += r.h
		}
	}
	println(total, rects)
}

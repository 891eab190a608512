package a

type T struct {
	X      int
	hidden int
}

func (T) m() {}
func (T) M() {}

type I interface{ m() }

var v = 1

func F() int { return v }

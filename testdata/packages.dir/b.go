package b

import "./a"

var B = trace("b.B")

func trace(s string) int {
	println("init", s, a.Order)
	return 2
}

func init() { println("b.init") }

// Wrap embeds a.T: its exported fields and methods are Wrap's.
type Wrap struct {
	T   a.T
	Tag string
}

func Make(n int) Wrap { return Wrap{T: *a.New(n), Tag: "w"} }

func (w *Wrap) Bump() a.Counter {
	w.T.Inc()
	return &w.T
}

// private is b's own: a.Private does not see it.
func (w Wrap) private() int { return -1 }

// deferunlock: the lock-and-defer-unlock pattern, a method value
// deferred in a small function called in a loop: with open-coded
// defers, no runtime call and no allocation per call
// (docs/performance.md).
package main

type counter struct {
	locked bool
	n      int
}

//go:noinline
func (c *counter) lock() { c.locked = true }

//go:noinline
func (c *counter) unlock() { c.locked = false }

//go:noinline
func (c *counter) add(i int) int {
	c.lock()
	defer c.unlock()
	c.n += i & 7
	return c.n
}

func main() {
	c := &counter{}
	s := 0
	for i := 0; i < 1000000; i++ {
		s += c.add(i)
	}
	println(s, c.n, c.locked)
}

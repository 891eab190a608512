package main

import (
	alias "./a"
	"./b"
	"unicode/utf8"
)

var M = start()

func start() int {
	println("init main.M", alias.Order, b.B)
	return 1
}

func init() { println("main.init") }

type local struct{}

func (local) private() int { return 7 }

func main() {
	t := alias.New(41)
	t.Inc()
	println(t.N, t.Name(), alias.Max, alias.Two.String())
	var c alias.Counter = t
	c.Inc()
	println(t.N, c.Name())
	w := b.Make(1)
	println(w.Bump().Name(), w.T.N, w.Tag)
	println(alias.Call(*t))
	var x interface{} = local{}
	_, ok := x.(alias.Private)
	println("local is a.Private:", ok)
	var y interface{} = w
	_, ok = y.(alias.Private)
	println("b.Wrap is a.Private:", ok)
	println(utf8.RuneLen('é'), utf8.RuneCountInString("héllo"))
	var k interface{} = alias.One
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		var e interface{} = w
		_, ok := e.(alias.Counter)
		println("b.Wrap is a.Counter:", ok)
	}()
	_ = k.(b.Wrap)
}

// run

// reflect's channels: MakeChan, Value.Send/Recv/TrySend/TryRecv/Close,
// Len and Cap of channels, and Select (send, receive and default cases,
// nil channels, closed channels), on buffered and unbuffered channels
// with goroutines as partners; and the panics of misuse with gc's
// messages, recovered. The output does not depend on scheduling: each
// Select has at most one ready case, or its answer is checked as a set.

package main

import (
	"reflect"
	"strconv"
)

type pair struct {
	A int
	S string
}

type holder struct {
	c chan int
}

// try runs f and prints what it panicked with, if anything.
func try(name string, f func()) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case nil:
			println(name, "no panic")
		case string:
			println(name, "panic:", e)
		case error:
			println(name, "panic error:", e.Error())
		default:
			println(name, "panic of another kind")
		}
	}()
	f()
}

func show(what string, v reflect.Value, ok bool) {
	if !v.IsValid() {
		println(what, "invalid", ok)
		return
	}
	switch v.Kind() {
	case reflect.Int:
		println(what, v.Int(), ok)
	case reflect.String:
		println(what, strconv.Quote(v.String()), ok)
	case reflect.Struct:
		p := v.Interface().(pair)
		println(what, p.A, p.S, ok)
	case reflect.Pointer:
		println(what, "ptr", v.IsNil(), ok)
	default:
		println(what, v.Kind().String(), ok)
	}
}

func buffered() {
	ct := reflect.TypeOf((chan int)(nil))
	c := reflect.MakeChan(ct, 3)
	println("type", c.Type().String(), "len", c.Len(), "cap", c.Cap())
	c.Send(reflect.ValueOf(1))
	println("trysend", c.TrySend(reflect.ValueOf(2)), c.TrySend(reflect.ValueOf(3)), c.TrySend(reflect.ValueOf(4)))
	println("len", c.Len(), "cap", c.Cap())
	x, ok := c.Recv()
	show("recv", x, ok)
	x, ok = c.TryRecv()
	show("tryrecv", x, ok)
	// The channel made by reflect is an ordinary channel.
	ch := c.Interface().(chan int)
	println("direct", <-ch, len(ch), cap(ch))
	x, ok = c.TryRecv()
	show("tryrecv empty", x, ok)
	ch <- 7
	c.Close()
	x, ok = c.Recv()
	show("recv after close", x, ok)
	x, ok = c.Recv()
	show("recv closed", x, ok)
	x, ok = c.TryRecv()
	show("tryrecv closed", x, ok)
	try("send closed", func() { c.Send(reflect.ValueOf(5)) })
	try("trysend closed", func() { c.TrySend(reflect.ValueOf(5)) })
	try("close closed", func() { c.Close() })

	// Elements held indirectly (a struct) and strings.
	ps := reflect.MakeChan(reflect.TypeOf((chan pair)(nil)), 2)
	ps.Send(reflect.ValueOf(pair{4, "four"}))
	x, ok = ps.Recv()
	show("pair", x, ok)
	ss := make(chan string, 1)
	sv := reflect.ValueOf(ss)
	sv.Send(reflect.ValueOf("hello"))
	println("len", sv.Len(), <-ss)
	pc := reflect.ValueOf(make(chan *int, 1))
	pc.Send(reflect.Zero(reflect.TypeOf((*int)(nil))))
	x, ok = pc.Recv()
	show("ptr", x, ok)
	// A value assignable to the element type: a named string type's
	// value into chan interface{}.
	ic := reflect.ValueOf(make(chan interface{}, 1))
	ic.Send(reflect.ValueOf(12))
	x, ok = ic.Recv()
	println("iface", x.Kind().String(), x.Elem().Int(), ok)
}

func unbuffered() {
	c := reflect.MakeChan(reflect.TypeOf((chan string)(nil)), 0)
	println("unbuffered len", c.Len(), "cap", c.Cap())
	println("trysend no receiver", c.TrySend(reflect.ValueOf("x")))
	x, ok := c.TryRecv()
	show("tryrecv no sender", x, ok)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			c.Send(reflect.ValueOf("msg" + strconv.Itoa(i)))
		}
		c.Close()
		done <- true
	}()
	for {
		x, ok := c.Recv()
		show("got", x, ok)
		if !ok {
			break
		}
	}
	<-done
	// A receiver goroutine, a reflect sender.
	r := make(chan int)
	go func() {
		v := <-r
		println("goroutine got", v)
		done <- true
	}()
	reflect.ValueOf(r).Send(reflect.ValueOf(42))
	<-done
}

func nilchan() {
	var c chan int
	v := reflect.ValueOf(c)
	println("nil len", v.Len(), "cap", v.Cap())
	println("nil trysend", v.TrySend(reflect.ValueOf(1)))
	x, ok := v.TryRecv()
	show("nil tryrecv", x, ok)
	try("close nil", func() { v.Close() })
}

func selects() {
	c1 := make(chan int, 1)
	c2 := make(chan string)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c2), Send: reflect.ValueOf("sent")},
		{Dir: reflect.SelectDefault},
	}
	chosen, recv, ok := reflect.Select(cases)
	show("select default "+strconv.Itoa(chosen), recv, ok)
	c1 <- 10
	chosen, recv, ok = reflect.Select(cases)
	show("select recv "+strconv.Itoa(chosen), recv, ok)
	// A goroutine receiving on c2 makes the send case ready (and the
	// only one: c1 is empty, no default).
	done := make(chan bool)
	go func() {
		println("goroutine received", <-c2)
		done <- true
	}()
	chosen, recv, ok = reflect.Select(cases[:2])
	show("select send "+strconv.Itoa(chosen), recv, ok)
	<-done
	// A blocking select woken by a goroutine's send.
	go func() { c2 <- "from goroutine" }()
	chosen, recv, ok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf((chan int)(nil)), Send: reflect.ValueOf(1)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c2)},
		{Dir: reflect.SelectRecv}, // a zero Chan never proceeds
	})
	show("select woken "+strconv.Itoa(chosen), recv, ok)
	// A closed channel's receive case: zero value, ok false.
	close(c1)
	chosen, recv, ok = reflect.Select(cases)
	show("select closed "+strconv.Itoa(chosen), recv, ok)
	// Only a default.
	chosen, recv, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}})
	show("select only default "+strconv.Itoa(chosen), recv, ok)
	// A struct element through Select.
	pc := make(chan pair, 1)
	pc <- pair{9, "nine"}
	chosen, recv, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(pc)}})
	show("select pair "+strconv.Itoa(chosen), recv, ok)
	// Several ready cases: each is chosen some time (the spec's uniform
	// choice), and every chosen one is ready.
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	seen := map[int]bool{}
	two := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
	}
	for i := 0; i < 100; i++ {
		chosen, recv, _ := reflect.Select(two)
		if int(recv.Int()) != chosen+1 {
			println("wrong value", chosen, recv.Int())
		}
		seen[chosen] = true
	}
	println("both chosen", seen[0], seen[1])
	// Sending on a closed channel panics.
	try("select send closed", func() {
		cc := make(chan int)
		close(cc)
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(cc), Send: reflect.ValueOf(1)}})
	})
}

func panics() {
	ro := reflect.ValueOf((<-chan int)(make(chan int, 1)))
	so := reflect.ValueOf((chan<- int)(make(chan int, 1)))
	try("send on recv-only", func() { ro.Send(reflect.ValueOf(1)) })
	try("trysend on recv-only", func() { ro.TrySend(reflect.ValueOf(1)) })
	try("recv on send-only", func() { so.Recv() })
	try("tryrecv on send-only", func() { so.TryRecv() })
	println("send-only ok", so.TrySend(reflect.ValueOf(3)), so.Len())
	try("close recv-only", func() { ro.Close() })
	try("send wrong type", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.ValueOf("s")) })
	try("recv on int", func() { reflect.ValueOf(1).Recv() })
	try("trysend on int", func() { reflect.ValueOf(1).TrySend(reflect.ValueOf(1)) })
	try("close on int", func() { reflect.ValueOf(1).Close() })
	try("recv zero Value", func() { reflect.Value{}.Recv() })
	h := holder{make(chan int, 1)}
	f := reflect.ValueOf(h).Field(0)
	println("unexported len", f.Len(), f.Cap())
	try("send unexported", func() { f.Send(reflect.ValueOf(1)) })
	try("recv unexported", func() { f.Recv() })
	try("send unexported value", func() {
		reflect.ValueOf(make(chan chan int, 1)).Send(f)
	})
	try("makechan int", func() { reflect.MakeChan(reflect.TypeOf(0), 1) })
	try("makechan negative", func() { reflect.MakeChan(reflect.TypeOf((chan int)(nil)), -1) })
	try("makechan recv-only", func() { reflect.MakeChan(reflect.TypeOf((<-chan int)(nil)), 1) })
	try("makechan send-only", func() { reflect.MakeChan(reflect.TypeOf((chan<- int)(nil)), 1) })
	c := reflect.ValueOf(make(chan int, 1))
	try("select bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("select two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("select default chan", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: c}}) })
	try("select default send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: reflect.ValueOf(1)}})
	})
	try("select send recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: ro, Send: reflect.ValueOf(1)}})
	})
	try("select send missing", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: c}}) })
	try("select send wrong type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: c, Send: reflect.ValueOf("s")}})
	})
	try("select recv has send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: c, Send: reflect.ValueOf(1)}})
	})
	try("select recv send-only", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: so}}) })
	try("select recv int", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(1)}}) })
	try("select recv unexported", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: f}}) })
}

func main() {
	buffered()
	unbuffered()
	nilchan()
	selects()
	panics()
}

// Channels: MakeChan, the Value methods that send, receive and close,
// and Select, through the runtime's channel functions (rt/chan.c), which
// the compiled statements use too. Misuse panics with gc's messages.

package reflect

import "unsafe"

// MakeChan is a new channel of type typ (which must be bidirectional)
// with a buffer of buffer values.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, makechan(t, buffer), flag(Chan)}
}

// chanLen and chanCap read the channel's first two words, len and cap,
// as compiled code does (rt/chan.c asserts the layout); 0 for nil.
func chanLen(ch unsafe.Pointer) int {
	if ch == nil {
		return 0
	}
	return *(*int)(ch)
}

func chanCap(ch unsafe.Pointer) int {
	if ch == nil {
		return 0
	}
	return *(*int)(unsafe.Add(ch, unsafe.Sizeof(uintptr(0))))
}

// Send sends x on channel v, blocking as the statement v <- x does.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	v.send(x, false, "reflect.Value.Send")
}

// TrySend sends x on channel v if that need not block, and reports
// whether it did.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	return v.send(x, true, "reflect.Value.TrySend")
}

// send is Send, or TrySend with nb (method names it); v is a channel.
func (v Value) send(x Value, nb bool, method string) bool {
	tt := (*chanType)(unsafe.Pointer(v.typ))
	if ChanDir(tt.dir)&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported(method)
	x = x.assignTo("reflect.Value.Send", tt.elem, nil)
	return chansend(v.pointer(), x.addr(), nb)
}

// Recv receives from channel v, blocking as <-v does; ok is false for
// the zero value of a closed channel.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	return v.recv(false)
}

// TryRecv receives from channel v if that need not block: x is the
// zero Value if it would; ok is as for Recv.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	return v.recv(true)
}

// recv is Recv, or TryRecv with nb; v is a channel.
func (v Value) recv(nb bool) (Value, bool) {
	tt := (*chanType)(unsafe.Pointer(v.typ))
	if ChanDir(tt.dir)&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	t := tt.elem
	val := Value{t, nil, flag(t.Kind())}
	var p unsafe.Pointer
	if t.ifaceIndir() {
		p = unsafe_New(t)
		val.ptr = p
		val.flag |= flagIndir
	} else {
		p = unsafe.Pointer(&val.ptr) // a pointer-shaped value is held directly
	}
	selected, ok := chanrecv(v.pointer(), nb, p)
	if !selected {
		return Value{}, false
	}
	return val, ok
}

// Close closes channel v, as close(v) does (gc's reflect accepts a
// receive-only channel here; the runtime closes it).
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	chanclose(v.pointer())
}

// SelectDir is the direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase is one case of Select: Chan and Send as Dir needs them
// (a zero Chan is a case that never proceeds, as a nil channel).
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// runtimeSelect is one case as rt_reflect_rselect (rt/chan.c) reads it:
// val is the value to send, or where a received value goes.
type runtimeSelect struct {
	dir SelectDir
	typ *rtype // the channel's type
	ch  unsafe.Pointer
	val unsafe.Pointer
}

// Select runs a select statement of the given cases: chosen is the case
// that ran; for a receive, recv is the value and recvOK whether it came
// from a send (not a close).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	runcases := make([]runtimeSelect, len(cases))
	haveDefault := false
	for i, c := range cases {
		rc := &runcases[i]
		rc.dir = c.Dir
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			if !c.Chan.IsValid() {
				break
			}
			tt := rc.setChan(c.Chan, SendDir, "reflect.Select: SendDir case using recv-only channel")
			x := c.Send
			if !x.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			x.mustBeExported("unknown method")
			rc.val = x.assignTo("reflect.Select", tt.elem, nil).addr()
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if !c.Chan.IsValid() {
				break
			}
			tt := rc.setChan(c.Chan, RecvDir, "reflect.Select: RecvDir case using send-only channel")
			rc.val = unsafe_New(tt.elem)
		}
	}
	chosen, recvOK = rselect(runcases)
	if rc := runcases[chosen]; rc.dir == SelectRecv {
		t := (*chanType)(unsafe.Pointer(rc.typ)).elem
		if t.ifaceIndir() {
			recv = Value{t, rc.val, flag(t.Kind()) | flagIndir}
		} else {
			recv = Value{t, *(*unsafe.Pointer)(rc.val), flag(t.Kind())}
		}
	}
	return chosen, recv, recvOK
}

// setChan checks a case's channel, a channel Value not reached through
// an unexported field that can go in direction dir (else the panic
// msg), and sets the case's channel and type to it. gc names no Value
// method in the first two panics, since Select is not one.
func (rc *runtimeSelect) setChan(ch Value, dir ChanDir, msg string) *chanType {
	ch.mustBe(Chan, "unknown method")
	ch.mustBeExported("unknown method")
	tt := (*chanType)(unsafe.Pointer(ch.typ))
	if ChanDir(tt.dir)&dir == 0 {
		panic(msg)
	}
	rc.ch = ch.pointer()
	rc.typ = &tt.rtype
	return tt
}

// ---- the runtime's half (rt/linkname.def, rt/chan.c) ----

// makechan makes a channel of type t with a buffer of size values.
func makechan(t *rtype, size int) unsafe.Pointer

// chansend sends the value at val on ch; with nb it reports false
// instead of blocking.
func chansend(ch unsafe.Pointer, val unsafe.Pointer, nb bool) bool

// chanrecv receives from ch into val: selected is false if nb and it
// would block; received is false for a closed channel's zero value.
func chanrecv(ch unsafe.Pointer, nb bool, val unsafe.Pointer) (selected, received bool)

func chanclose(ch unsafe.Pointer)

// rselect runs the select of cases: the case chosen (SelectDefault's if
// none is ready) and, for a receive, whether a value came.
func rselect(cases []runtimeSelect) (int, bool)

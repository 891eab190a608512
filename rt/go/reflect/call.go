// Calls through Values, both ways, in hood's register convention
// (docs/design.md, "Calling conventions"; ssa/abi.c is the compiler's
// statement of it, which abiAssign follows). Call and CallSlice lay the
// arguments of a func or method value out and the runtime's reflectcall
// (rt/asm_amd64.S) makes the call. MakeFunc makes a func whose code,
// makeFuncStub, saves the registers it was called with and hands them to
// callReflect, which runs the Go func and writes its results back; a
// method value turned into a func value is such a func.

package reflect

import "unsafe"

// Call calls the function v with the arguments in, as v(in...) would,
// and returns the results.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with in's last element as
// the variadic slice, as v(in[0], ..., in[n-1]...) would.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

// makeMethodValue turns a method Value (Value.Method) into a func
// value bound to its receiver.
func makeMethodValue(op string, v Value) Value {
	if v.flag&flagMethod == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	t := v.methodType()
	f := stubFunc(&makeFuncImpl{typ: t, method: v})
	return Value{t, f, v.flag.ro() | flag(Func)}
}

// makeFuncImpl is the closure of a func MakeFunc made: its code is
// makeFuncStub's, which calls callReflect with the closure.
type makeFuncImpl struct {
	code   uintptr
	typ    *rtype // a func type
	fn     func([]Value) []Value
	method Value // for a method value (fn nil): the method, flagMethod set
}

// MakeFunc makes a func of type typ that calls fn with its arguments
// as Values and returns fn's results.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	t := typ.common()
	return Value{t, makeFunc(t, fn), flag(Func)}
}

func makeFunc(t *rtype, fn func([]Value) []Value) unsafe.Pointer {
	return stubFunc(&makeFuncImpl{typ: t, fn: fn})
}

// stubFunc makes impl the closure of a func whose code is makeFuncStub's.
func stubFunc(impl *makeFuncImpl) unsafe.Pointer {
	stub := makeFuncStub
	impl.code = **(**uintptr)(unsafe.Pointer(&stub))
	return unsafe.Pointer(impl)
}

// makeFuncStub is the code of MakeFunc's funcs (rt/asm_amd64.S).
func makeFuncStub()

// callReflect is makeFuncStub's Go half: the func's arguments are in
// the register words at regs (reflectcall's order: the integer ones,
// then the float ones) and on the stack at area; the results go back to
// the same places. The runtime calls it (rt/linkname.def, GOCALLED).
func callReflect(c *makeFuncImpl, regs *[abiIntRegs + abiFloatRegs]uintptr, area unsafe.Pointer) {
	t := c.typ
	params := t.funcParams()
	var off uintptr
	args := abiAssign(params[:t.NumIn()], &off)
	results := abiAssign(params[t.NumIn():], &off)
	in := make([]Value, len(args))
	for i, a := range args {
		p := unsafe_New(a.typ)
		if a.onStack {
			typedmemmove(a.typ, p, add(area, a.off))
		}
		for _, pc := range a.pieces {
			storePiece(add(p, pc.off), pc.size, regs[pc.reg+pieceBase(pc)])
		}
		in[i] = Value{a.typ, p, flagIndir | flag(a.typ.Kind())}
	}
	var out []Value
	if c.fn == nil {
		out = c.method.reflectCall("Call", in)
	} else {
		out = c.fn(in)
	}
	if len(out) != len(results) {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	for i, r := range results {
		v := out[i]
		if v.typ == nil {
			panic("reflect: function created by MakeFunc using " + funcName(c.fn) + " returned zero Value")
		}
		if v.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using " + funcName(c.fn) + " returned value obtained from unexported field")
		}
		p := v.assignTo("reflect.MakeFunc", r.typ, nil).addr()
		if r.onStack {
			typedmemmove(r.typ, add(area, r.off), p)
			continue
		}
		for _, pc := range r.pieces {
			regs[pc.reg+pieceBase(pc)] = loadPiece(add(p, pc.off), pc.size)
		}
	}
}

// pieceBase is where a piece's class starts among the register words.
func pieceBase(p abiPiece) int {
	if p.isFloat {
		return abiIntRegs
	}
	return 0
}

// funcName names MakeFunc's fn in its panics as gc does, which asks for
// the function at the closure's address: there is none, a closure is
// data.
func funcName(fn func([]Value) []Value) string {
	return "closure"
}

// callFrame is reflectcall's frame (rt/asm_amd64.S reads it by these
// offsets).
type callFrame struct {
	fn     uintptr        // the code
	ctxt   unsafe.Pointer // the closure, for DX
	area   unsafe.Pointer // the argument area: stack arguments and results, spill words
	size   uintptr        // its bytes, a multiple of 8
	ints   [abiIntRegs]uintptr
	floats [abiFloatRegs]uint64
}

func reflectcall(f *callFrame)

// The register convention's registers (ssa/abi.h): RAX RBX RCX RDI RSI
// R8 R9 R10 R11, and X0-X14.
const (
	abiIntRegs   = 9
	abiFloatRegs = 15
	abiMaxPieces = abiIntRegs + abiFloatRegs
)

// abiPiece is one register-sized piece of a value: size bytes at off,
// in register reg of its class.
type abiPiece struct {
	off     uintptr
	size    uintptr
	isFloat bool
	reg     int
}

// abiValue is where one parameter or result travels: its pieces in
// registers, or the whole value at off in the argument area.
type abiValue struct {
	typ     *rtype
	pieces  []abiPiece
	onStack bool
	off     uintptr
}

// abiPieces appends the pieces of a value of type t at off; false if t
// cannot travel in registers (an array longer than 1, too many pieces).
func abiPieces(t *rtype, off uintptr, ps *[]abiPiece) bool {
	add := func(off, size uintptr, isFloat bool) bool {
		if len(*ps) >= abiMaxPieces {
			return false
		}
		*ps = append(*ps, abiPiece{off, size, isFloat, 0})
		return true
	}
	switch t.Kind() {
	case Float32, Float64:
		return add(off, t.size, true)
	case Complex64, Complex128:
		return add(off, t.size/2, true) && add(off+t.size/2, t.size/2, true)
	case String, Interface:
		return add(off, 8, false) && add(off+8, 8, false)
	case Slice:
		return add(off, 8, false) && add(off+8, 8, false) && add(off+16, 8, false)
	case Struct:
		for i := range t.fields() {
			f := &t.fields()[i]
			if !abiPieces(f.typ, off+f.offset(), ps) {
				return false
			}
		}
		return true
	case Array:
		switch t.Len() {
		case 0:
			return true
		case 1:
			return abiPieces(t.elem(), off, ps)
		}
		return false
	}
	// booleans, integers, pointers, maps, chans, funcs
	return add(off, t.size, false)
}

// abiAssign places values of types ts in registers from 0 or on the
// stack from *stackOff.
func abiAssign(ts []*rtype, stackOff *uintptr) []abiValue {
	vs := make([]abiValue, len(ts))
	nint, nfloat := 0, 0
	for i, t := range ts {
		v := &vs[i]
		v.typ = t
		var ps []abiPiece
		ok := abiPieces(t, 0, &ps)
		ni, nf := 0, 0
		for _, p := range ps {
			if p.isFloat {
				nf++
			} else {
				ni++
			}
		}
		if !ok || nint+ni > abiIntRegs || nfloat+nf > abiFloatRegs {
			v.onStack = true
			v.off = *stackOff
			*stackOff += (t.size + 7) &^ 7
			continue
		}
		for k := range ps {
			if ps[k].isFloat {
				ps[k].reg = nfloat
				nfloat++
			} else {
				ps[k].reg = nint
				nint++
			}
		}
		v.pieces = ps
	}
	return vs
}

// funcTarget is what a call of v runs: the code, the closure context,
// the signature, and for a method value the receiver as the first
// argument (its type and the address of its value).
func (v Value) funcTarget(op string) (fn uintptr, ctxt unsafe.Pointer, t *rtype, rt *rtype, rp unsafe.Pointer) {
	if v.flag&flagMethod == 0 {
		p := v.pointer()
		if p == nil {
			panic("reflect.Value.Call: call of nil function")
		}
		return *(*uintptr)(p), p, v.typ, nil, nil
	}
	i := int(v.flag >> flagMethodShift)
	if v.typ.Kind() == Interface {
		m := &v.typ.imethods()[i]
		if !nameExported(m.name) {
			panic("reflect: " + op + " of unexported method")
		}
		iface := (*nonEmptyInterface)(v.ptr)
		if iface.itab == nil {
			panic("reflect: " + op + " of method on nil interface value")
		}
		// itab.fun[i] takes the data word as its receiver
		code := *(*uintptr)(add(unsafe.Pointer(iface.itab), itabFunOff+uintptr(i)*8))
		word := new(unsafe.Pointer)
		*word = iface.word
		return code, nil, m.typ, TypeOf(unsafe.Pointer(nil)).common(), unsafe.Pointer(word)
	}
	m := &v.typ.exportedMethods()[i]
	return m.tfn, nil, m.mtyp, v.typ, Value{v.typ, v.ptr, v.flag & flagIndir}.addr()
}

// itabFunOff is where an itab's method code starts (rt/type.h).
const itabFunOff = 24

func (v Value) call(op string, in []Value) []Value {
	return v.reflectCall(op, in)
}

// reflectCall is call's work, and what a method value's func runs
// (callReflect). The compiler marks it and callReflect as wrappers
// (compiler/ssagen/program.c), as gc marks its callReflect and
// callMethod: a recover in the function reached through a deferred
// method value or MakeFunc func works, and tracebacks leave them out.
// Value.call stays visible, as gc's does.
func (v Value) reflectCall(op string, in []Value) []Value {
	fn, ctxt, t, rcvrType, rcvr := v.funcTarget(op)
	in = callArgs(op, t, in)

	ins := make([]*rtype, 0, len(in)+1)
	if rcvrType != nil {
		ins = append(ins, rcvrType)
	}
	params := t.funcParams()
	ins = append(ins, params[:t.NumIn()]...)
	outs := params[t.NumIn():]
	var off uintptr
	args := abiAssign(ins, &off)
	results := abiAssign(outs, &off)
	for _, a := range args { // the spill area: a word per register piece
		off += 8 * uintptr(len(a.pieces))
	}

	f := &callFrame{fn: fn, ctxt: ctxt, size: off}
	area := make([]uintptr, off/8+1)
	f.area = unsafe.Pointer(&area[0])
	for i, a := range args {
		p := rcvr
		if rcvrType == nil || i > 0 {
			k := i
			if rcvrType != nil {
				k--
			}
			p = in[k].assignTo("reflect.Value.Call", a.typ, nil).addr()
		}
		if a.onStack {
			typedmemmove(a.typ, add(f.area, a.off), p)
			continue
		}
		for _, pc := range a.pieces {
			w := loadPiece(add(p, pc.off), pc.size)
			if pc.isFloat {
				f.floats[pc.reg] = uint64(w)
			} else {
				f.ints[pc.reg] = w
			}
		}
	}

	reflectcall(f)

	out := make([]Value, len(results))
	for i, r := range results {
		p := unsafe_New(r.typ)
		if r.onStack {
			typedmemmove(r.typ, p, add(f.area, r.off))
		}
		for _, pc := range r.pieces {
			w := f.ints[pc.reg]
			if pc.isFloat {
				w = uintptr(f.floats[pc.reg])
			}
			storePiece(add(p, pc.off), pc.size, w)
		}
		out[i] = Value{r.typ, p, flagIndir | flag(r.typ.Kind())}
	}
	return out
}

// callArgs checks in against the signature t as gc's Call does, with
// its messages, and for Call of a variadic function packs the extra
// arguments into the slice.
func callArgs(op string, t *rtype, in []Value) []Value {
	n := t.NumIn()
	variadic := t.IsVariadic()
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), t.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if op == "CallSlice" || !variadic {
		return in
	}
	st := t.In(n)
	extra := in[n:]
	s := MakeSlice(st, len(extra), len(extra))
	elem := st.Elem()
	for i, x := range extra {
		if xt := x.Type(); !xt.AssignableTo(elem) {
			panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
		}
		s.Index(i).Set(x)
	}
	return append(in[:n:n], s)
}

// loadPiece reads a size-byte piece at p as a register word.
func loadPiece(p unsafe.Pointer, size uintptr) uintptr {
	switch size {
	case 1:
		return uintptr(*(*uint8)(p))
	case 2:
		return uintptr(*(*uint16)(p))
	case 4:
		return uintptr(*(*uint32)(p))
	}
	return *(*uintptr)(p)
}

// storePiece writes the low size bytes of register word w at p.
func storePiece(p unsafe.Pointer, size uintptr, w uintptr) {
	switch size {
	case 1:
		*(*uint8)(p) = uint8(w)
	case 2:
		*(*uint16)(p) = uint16(w)
	case 4:
		*(*uint32)(p) = uint32(w)
	case 8:
		*(*uintptr)(p) = w
	}
}

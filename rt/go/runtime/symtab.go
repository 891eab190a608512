// Callers, Caller, FuncForPC and Frames: the call stack, read from the
// frame-pointer chain and the function table the compiler emits
// (rt/traceback.c; docs/design.md, "Traceback tables").
//
// The frames are gc's: where hood's runtime runs C, the walk lists the
// runtime frames gc's Go runtime has there (runtime.gopanic below a
// deferred call a panic runs, the helper of a run-time error,
// runtime.main and runtime.goexit at the bottom), whose PCs FuncForPC
// and funcinfo map back to their names. hood does not inline, so every
// call is a frame.

package runtime

// callers stores the return addresses of the Go frames from its caller
// outwards into pcs, skipping skip of them, and returns how many
// (rt/linkname.c).
func callers(skip int, pcs []uintptr) int

// funcInfo describes the function containing a PC.
type funcInfo struct {
	entry uintptr
	name  *byte
	file  *byte
	line  int // of the PC asked about
}

// funcinfo fills fi for the Go function containing pc; false if pc is
// not in Go code (rt/linkname.c).
func funcinfo(pc uintptr, fi *funcInfo) bool

// Callers fills pc with the return addresses of the calling goroutine's
// frames: skip 0 is Callers' own frame, 1 its caller's. It returns how
// many it stored.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// stack formats runtime.Stack's text into buf (rt/traceback.c).
func stack(buf []byte, all bool) int

// Stack formats the calling goroutine's traceback into buf, as a panic
// prints it ("goroutine 1 [running]:", then each frame from Stack's
// caller on), and, if all, every other goroutine's after it. It returns
// how many bytes it stored; the text is cut where buf ends.
func Stack(buf []byte, all bool) int {
	return stack(buf, all)
}

// Caller reports the file and line of the call skip frames up (0: the
// caller of Caller), and the PC of that call.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if callers(skip+1, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	var fi funcInfo
	pc = pcs[0] - 1 // the call, not the return address
	if !funcinfo(pc, &fi) {
		return 0, "", 0, false
	}
	return pc, cstring(fi.file), fi.line, true
}

// A Func is a function of the program.
type Func struct {
	entry uintptr
	name  string
	file  string
}

// FuncForPC is the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	var fi funcInfo
	if !funcinfo(pc, &fi) {
		return nil
	}
	return &Func{entry: fi.entry, name: cstring(fi.name), file: cstring(fi.file)}
}

// Name is the function's name as gc spells it ("main.f", "main.(*T).m").
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr {
	return f.entry
}

// FileLine is the source file and line of the instruction at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	var fi funcInfo
	if !funcinfo(pc, &fi) || fi.entry != f.entry {
		return "?", 0
	}
	return cstring(fi.file), fi.line
}

// Frames walks the PCs Callers returned.
type Frames struct {
	pcs []uintptr
}

// A Frame is one frame of Frames.
type Frame struct {
	PC       uintptr // the call's PC
	Func     *Func   // nil if not Go code
	Function string  // the function's name
	File     string
	Line     int
	Entry    uintptr // the function's entry
}

// CallersFrames walks the return addresses Callers stored.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns the next frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0] - 1
	ci.pcs = ci.pcs[1:]
	var fi funcInfo
	if funcinfo(pc, &fi) {
		f := &Func{entry: fi.entry, name: cstring(fi.name), file: cstring(fi.file)}
		frame = Frame{PC: pc, Func: f, Function: f.name, File: f.file, Line: fi.line, Entry: fi.entry}
	} else {
		frame = Frame{PC: pc}
	}
	return frame, len(ci.pcs) > 0
}

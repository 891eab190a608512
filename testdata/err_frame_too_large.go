// errorcheck

// Tests frames too large: arguments and results of 1 GB or more (gc's
// limit for them, as here: they live in the caller's frame), a frame of
// 2 GB from an argument passed by value, each function reported: gc and
// hood report them rather than emit offsets that do not fit an
// instruction (hood's assembler once failed with raw messages). gc's
// limit for locals is 1 GB, hood's 2 GB (codegen/stackframe.c says why).

package main

type large struct {
	b [1200 << 20]byte
}

func f(a [1 << 28]int64) int64 { // ERROR "stack frame too large \(>[12]GB\): 0 MB locals \+ 2048 MB args"
	return a[3]
}

func (x large) m() int { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1200 MB args"
	return 5
}

func g() (x large, i int) { // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1200 MB args"
	return
}

func h(x *[1000 << 20]byte) byte { return x[0] } // under 1 GB: fine

func main() {}

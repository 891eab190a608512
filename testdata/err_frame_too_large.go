// errorcheck

// Tests a frame of 2 GB, here from an argument passed by value: gc and
// hood report it rather than emit offsets that do not fit an instruction
// (hood's assembler once failed with raw messages). gc's limit is 1 GB,
// hood's 2 GB (codegen/stackframe.c says why).

package main

func f(a [1 << 28]int64) int64 { // ERROR "stack frame too large \(>[12]GB\): 0 MB locals \+ 2048 MB args"
	return a[3]
}

func main() {}

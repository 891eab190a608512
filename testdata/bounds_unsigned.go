// run

// Slice bounds that come from unsigned indexes print as the unsigned
// numbers they are (gc's goPanicSliceAlenU and its kin), both in the
// recovered error's text and in the final unrecovered panic.

package main

import "fmt"

var s = []int{1, 2, 3}
var str = "abc"
var arr [3]int

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	big := uint64(1<<64 - 1)
	five := uint(5)
	two := uint8(2)
	one := uintptr(1)
	try("s[:big]", func() { _ = s[:big] })
	try("s[big:]", func() { _ = s[big:] })
	try("s[two:one]", func() { _ = s[two:one] })
	try("str[:five]", func() { _ = str[:five] })
	try("arr[:five]", func() { _ = arr[:five] })
	try("s[:five:big]", func() { _ = s[:five:big] })
	try("s[:big:2]", func() { _ = s[:big:2] })
	try("s[two:one:3]", func() { _ = s[two:one:3] })
	try("s[:five:five]", func() { _ = s[:five:five] })
	try("arr[:1:five]", func() { _ = arr[:1:five] })
	try("signed s[-1+int(one):int(five)]", func() { _ = s[-1+int(one) : int(five)] })
	_ = s[big:]
}

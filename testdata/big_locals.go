// run

// Tests local arrays too big for a stack frame: gc moves a declared
// variable over 10 MB to the heap, and so does hood (it once overflowed
// the stack at 512 MiB and made the assembler fail at 1 GiB).

package main

func small() int64 {
	var a [1 << 10]int64
	a[3] = 3
	return a[3] + a[4]
}

func big() int64 {
	var a [1 << 26]int64 // 512 MiB
	a[5] = 1
	a[len(a)-1] = 2
	return a[5] + a[len(a)-1] + a[7]
}

func huge() int64 {
	var a [1 << 30]int64 // 8 GiB, of which only two pages are touched
	a[1<<29] = 40
	return a[1<<29] + a[0] + int64(len(a)>>30)
}

func main() {
	println(small(), big(), huge())
	for i := 0; i < 3; i++ {
		var b [2 << 20]int64 // 16 MiB, a fresh zeroed one each time
		println(b[i])
		b[i] = int64(i) + 1
	}
}

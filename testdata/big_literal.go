// run

// Tests big array and struct literals that initialise new variables:
// they are built in the variable itself (on the heap past 10 MB), with no
// temporary of their size, and every element not written is zero.

package main

type Table struct {
	N    int
	Rows [1 << 18]int64 // 2 MiB
}

func main() {
	big := [1 << 21]int64{5: 1, 1<<21 - 1: 2} // 16 MiB: on the heap
	println(big[5], big[1<<21-1], big[6], len(big))
	var mid = [1 << 19]int64{3, 4} // 4 MiB: in the frame
	println(mid[0], mid[1], mid[2])
	for i := 0; i < 3; i++ {
		t := Table{N: i, Rows: [1 << 18]int64{2: int64(i) + 10}}
		println(t.N, t.Rows[2], t.Rows[0])
		t.Rows[0] = 1 // a fresh zeroed t next time
	}
	p := &Table{N: 7}
	p.Rows[1<<18-1] = 3
	println(p.N, p.Rows[1<<18-1])
}

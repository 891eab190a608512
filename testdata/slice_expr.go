// run

// Tests slice expressions: of arrays, pointers to arrays, slices and
// strings, with two and three indices, the lengths and capacities they
// give, sharing with the original, and that a result of capacity 0
// keeps the original's pointer (it must not point past the array).

package main

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	println(len(s), cap(s), s[0], s[2])
	s[0] = 10
	println(arr[1])
	s = arr[:]
	println(len(s), cap(s))
	s = arr[2:]
	println(len(s), cap(s), s[0])
	s = arr[:3]
	println(len(s), cap(s))

	// Three indices limit the capacity.
	s3 := arr[1:3:4]
	println(len(s3), cap(s3), s3[1])
	s3 = arr[:0:0]
	println(len(s3), cap(s3))

	// Pointers to arrays.
	pa := &arr
	ps := pa[3:5]
	println(len(ps), cap(ps), ps[1])
	ps = pa[4:5:5]
	println(len(ps), cap(ps), ps[0])

	// Slices of slices: capacity counts from the new start.
	base := make([]int, 5, 8)
	sub := base[2:4]
	println(len(sub), cap(sub))
	sub = sub[1:6]
	println(len(sub), cap(sub))
	sub = sub[:0]
	println(len(sub), cap(sub))
	sub = base[1:2:3][:2]
	println(len(sub), cap(sub))

	// Variable bounds of several types.
	lo, hi := 1, 3
	var max uint8 = 5
	v := base[lo:hi:max]
	println(len(v), cap(v))
	var lo16 int16 = 2
	v = base[lo16:]
	println(len(v), cap(v))

	// Strings.
	str := "hello, world"
	println(str[7:], str[:5], str[lo:hi], str[len(str):] == "", len(str[3:3]))
	b := str[:]
	println(b == str)

	// A result of capacity 0 keeps the array's address, one of
	// capacity > 0 does not: compare them as *[0]int.
	full := []int{1, 2, 3}
	end := full[3:]
	println(len(end), cap(end), (*[0]int)(end) == (*[0]int)(full[:0]))
	mid := full[1:1]
	println(cap(mid), (*[0]int)(mid) == (*[0]int)(full[:0]))
	end2 := arr[6:]
	println(len(end2), (*[0]int)(end2) == (*[0]int)(arr[:0]))
}

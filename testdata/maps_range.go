// run

// Range over maps: key only, key and value, blank key, no variables,
// assignment to existing variables and to other places, break and
// continue, deleting and inserting while iterating (every entry present
// for the whole loop is produced once), nested ranges, nil maps, and
// the range expression evaluated once. Results are aggregated or
// sorted, since the order is random.

package main

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

var calls int

func get(m map[string]int) map[string]int {
	calls++
	return m
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		print(k, " ")
	}
	println()
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	n := 0
	for range m {
		n++
	}
	println(n)
	var k string
	var v int
	total := 0
	for k, v = range m {
		total += len(k) * v
	}
	println(total, len(k) > 0, v > 0)

	arr := make([]int, 10)
	big := map[int]int{}
	for i := 0; i < 10; i++ {
		big[i] = i * 10
	}
	i := 0
	for _, arr[i] = range big {
		i++
		if i == 10 {
			break
		}
	}
	sortInts(arr)
	println(arr[0], arr[5], arr[9])

	count := 0
	for k, v := range big {
		if k%2 == 0 {
			continue
		}
		count += v
	}
	println(count)

	seen := 0
	for k := range big {
		delete(big, k)
		seen++
	}
	println(seen, len(big))

	grow := map[int]int{0: 0, 1: 1, 2: 2, 3: 3}
	produced := map[int]int{}
	for k := range grow {
		produced[k]++
		if k < 4 {
			for j := 100; j < 140; j++ {
				grow[j*10+k] = j
			}
		}
	}
	ok := true
	for k := 0; k < 4; k++ {
		if produced[k] != 1 {
			ok = false
		}
	}
	for k, c := range produced {
		if c != 1 {
			ok = false
		}
		if _, in := grow[k]; !in {
			ok = false
		}
	}
	println(ok, len(grow))

	del := map[int]bool{}
	for i := 0; i < 100; i++ {
		del[i] = true
	}
	got := 0
	for k := range del {
		got++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(del, j)
			}
		}
	}
	println(got, len(del))

	outer := map[int]map[string]int{1: {"a": 1, "b": 2}, 2: {"c": 3}}
	s := 0
	for k, inner := range outer {
		for name, val := range inner {
			s += k * val * len(name)
		}
	}
	println(s)

	var nilm map[int]int
	for k, v := range nilm {
		println(k, v)
	}
	for range get(m) {
	}
	println(calls)

	type pair struct {
		a [3]int
		s string
	}
	mp := map[string]pair{"x": {[3]int{1, 2, 3}, "p"}, "y": {[3]int{4, 5, 6}, "q"}}
	tot := 0
	for _, p := range mp {
		tot += p.a[0] + p.a[1] + p.a[2] + len(p.s)
		p.a[0] = 100
	}
	println(tot, mp["x"].a[0])

	funcs := map[int]func() int{}
	for i := 0; i < 3; i++ {
		i := i
		funcs[i] = func() int { return i * i }
	}
	fs := 0
	for k, f := range funcs {
		fs += k + f()
	}
	println(fs)
}

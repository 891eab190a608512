// run

// Tests a bubble sort, insertion sort and selection sort over fixed-size arrays passed and returned by value.

package main

const N = 12

func bubble(a [N]int) [N]int {
	for i := 0; i < N; i++ {
		swapped := false
		for j := 0; j < N-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return a
}

func insertion(a [N]int) [N]int {
	for i := 1; i < N; i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
	return a
}

func selection(a [N]string) [N]string {
	for i := 0; i < N; i++ {
		m := i
		for j := i + 1; j < N; j++ {
			if a[j] < a[m] {
				m = j
			}
		}
		a[i], a[m] = a[m], a[i]
	}
	return a
}

func show(a [N]int) {
	for _, v := range a {
		print(v, " ")
	}
	println()
}

func main() {
	data := [N]int{5, -3, 12, 0, 7, 7, -100, 42, 1, 9, -3, 2}
	show(bubble(data))
	show(insertion(data))
	show(data)
	println(bubble(data) == insertion(data))
	words := [N]string{"pear", "apple", "fig", "banana", "kiwi", "cherry", "date", "grape", "lemon", "lime", "mango", "Apple"}
	sorted := selection(words)
	for _, w := range sorted {
		print(w, " ")
	}
	println()
	// pseudo-random data from an LCG
	var r [N]int
	seed := uint32(12345)
	for i := range r {
		seed = seed*1103515245 + 12345
		r[i] = int(seed>>16) % 1000
	}
	show(r)
	show(bubble(r))
}

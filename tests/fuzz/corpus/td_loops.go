// run

// Tests the three forms of for loops, range over arrays (index, value, blank, copy semantics), and loop variable scope.

package main

func main() {
	// three-clause
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	println("sum 0..9:", s)

	// condition only
	n := 1
	for n < 1000 {
		n *= 3
	}
	println("first power of 3 >= 1000:", n)

	// infinite with break
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	println("first k with k*k>50:", k)

	// empty clauses
	j := 5
	for ; j > 0; {
		j -= 2
	}
	println("j:", j)

	// post statement only with multiple assignment
	a, b := 0, 10
	for a < b {
		a, b = a+1, b-1
	}
	println("a, b:", a, b)

	// range over array: index only, index and value, blank
	arr := [5]int{10, 20, 30, 40, 50}
	for i := range arr {
		print(i, " ")
	}
	println()
	for i, v := range arr {
		print(i, ":", v, " ")
	}
	println()
	total := 0
	for _, v := range arr {
		total += v
	}
	println("total:", total)
	cnt := 0
	for range arr {
		cnt++
	}
	println("count:", cnt)

	// range evaluates a copy of the array
	for i, v := range arr {
		if i == 0 {
			arr[4] = 999
		}
		if i == 4 {
			println("range copy value:", v, "array now:", arr[4])
		}
	}

	// loop variable shadowing
	i := 100
	for i := 0; i < 3; i++ {
		i := i * 10
		print(i, " ")
	}
	println("outer i:", i)

	// nested loops with a counter
	c := 0
	for x := 0; x < 10; x++ {
		for y := x; y < 10; y++ {
			c++
		}
	}
	println("pairs:", c)

	// counting down with unsigned
	for u := uint8(3); u < 200; u-- {
		print(u, " ")
	}
	println()
}

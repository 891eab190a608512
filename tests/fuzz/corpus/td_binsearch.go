// run

// Tests binary search (iterative and recursive) over a sorted array, including missing keys and bounds.

package main

var data = [16]int{-50, -7, -3, 0, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377}

func search(x int) int {
	lo, hi := 0, len(data)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if data[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(data) && data[lo] == x {
		return lo
	}
	return -1
}

func searchRec(x, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := lo + (hi-lo)/2
	switch {
	case data[mid] == x:
		return mid
	case data[mid] < x:
		return searchRec(x, mid+1, hi)
	default:
		return searchRec(x, lo, mid-1)
	}
}

func main() {
	for _, x := range [10]int{-50, 377, 13, 0, 1, -100, 1000, 89, 4, -3} {
		println(x, search(x), searchRec(x, 0, len(data)-1))
	}
	ok := true
	for i, v := range data {
		if search(v) != i || searchRec(v, 0, 15) != i {
			ok = false
		}
	}
	println("all found:", ok)
}

// errorcheck

// Tests label errors: undefined labels, unused labels, and labeled break/continue with invalid targets.

package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
	goto nowhere // ERROR "label nowhere not defined"
L:
	if true {
		break L // ERROR "invalid break label L"
	}
M:
	for i := 0; i < 2; i++ {
		continue M
	}
N:
	switch {
	case true:
		continue N // ERROR "invalid continue label N"
	}
	for {
		break missing // ERROR "break label not defined: missing"
	}
}

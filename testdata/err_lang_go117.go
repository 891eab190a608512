// errorcheck -lang=go1.17

// -lang=go1.17: type parameters are an error (Go 1.18), at the first of
// each list; a //go:linkname naming nothing is ignored, as before 1.18.
// (The constraints are interface{}: hood reports the type parameters
// and checks nothing more of the package, where gc would also report a
// constraint any.)

package main

import _ "unsafe"

//go:linkname nothing nothing

type List[T interface{}] []T // ERROR "type parameter requires go1.18 or later \(-lang was set to go1.17; check go.mod\)"

func Map[F, T interface{}](x F) T { // ERROR "type parameter requires go1.18 or later"
	var t T
	return t
}

func main() {}

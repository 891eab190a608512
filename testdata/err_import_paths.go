// errorcheck

// Import paths as gc's compiler checks them: a malformed path (empty, a
// space, punctuation, a byte that is not UTF-8) declares nothing; a path
// the importer refuses ("main", absolute, not clean) names a package
// that is used and stands for nothing; a package imported as init, and a
// name declared both by an import and in the package block, are errors.

package main

import (
	""                  // ERROR "invalid import path \(empty string\)"
	`a\b`               // ERROR "invalid import path \(invalid character U\+005C '.'\)"
	"x y"               // ERROR "invalid import path \(invalid character U\+0020 ' '\)"
	"\xff"              // ERROR "invalid import path \(invalid character U\+FFFD '.+'\)"
	bits "math//bits"   // ERROR "could not import math//bits \(non-canonical import path .math//bits. \(should be .math/bits.\)\)"
	"/abs"              // ERROR "could not import /abs \(import path cannot be absolute path\)"
	init "unicode/utf8" // ERROR "cannot import package as init - init must be a func"
	"unicode/utf16"     // ERROR "imported and not used: .unicode/utf16."
)

var utf16 = bits.Len(1) // ERROR "utf16 already declared through import of package utf16 \(.unicode/utf16.\)"

func main() {}

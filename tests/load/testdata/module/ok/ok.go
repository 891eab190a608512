package ok

import (
	"a"
	_ "example.com/m/ok/internal/z"
	fmt "\x62"
	_ "example.com/m/prog"
	_ "example.com/m/tagged"
	_ "example.com/m/mixed"
	_ "only"
	_ "nowhere"
	_ "example.com/m/none"
)

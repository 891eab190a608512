package useint

import (
	_ "example.com/m/ok/internal/z"
	_ "internal/i"
	_ "vendor/x.org/v"
	_ "vendor/y.org/w"
)

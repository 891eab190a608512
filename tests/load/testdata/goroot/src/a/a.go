package a

import (
	"b"
	"x.org/v"
)

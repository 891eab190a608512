package cgo

import "C"

package cgo

import "strings"

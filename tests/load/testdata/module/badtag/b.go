// c
//go:build (linux

package badtag

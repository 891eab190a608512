//go:build ignore

package tagged

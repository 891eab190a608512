// run

// runtime.Stack formats gc's traceback text: "goroutine 1 [running]:",
// each frame from Stack's caller on as "name(args)" and
// "\tfile:line +0xoff", a panic's deferred call above "panic({...})"
// and the function that panicked, and with all the other goroutines
// after a blank line each (one not started yet without an offset, with
// its "created by" line). The text is cut where the buffer ends. The
// program prints it with the arguments, offsets and directories masked,
// which differ between compilers.

package main

import "runtime"

// canon masks the text: "name(...)" and "\tfile.go:line".
func canon(s string) string {
	out := ""
	for len(s) > 0 {
		line := s
		rest := ""
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				line, rest = s[:i], s[i+1:]
				break
			}
		}
		s = rest
		if len(line) > 0 && line[0] == '\t' {
			for i := len(line) - 1; i >= 0; i-- {
				if line[i] == '/' {
					line = "\t" + line[i+1:]
					break
				}
			}
			for i := 0; i < len(line); i++ {
				if line[i] == ' ' {
					line = line[:i]
					break
				}
			}
		} else if len(line) > 0 && line[len(line)-1] == ')' {
			for i := 0; i < len(line); i++ {
				if line[i] == '(' && i > 0 && line[i-1] != '.' {
					line = line[:i] + "(...)"
					break
				}
			}
		}
		out += line + "\n"
	}
	return out
}

func stack(all bool) string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, all)
	return canon(string(buf[:n]))
}

type T struct{ x int }

func (t *T) method(s string, n int) string {
	return stack(false)
}

func deferred() {
	defer func() {
		print(stack(false))
		recover()
	}()
	var a []int
	_ = a[3]
}

func main() {
	runtime.GOMAXPROCS(1)
	print(stack(false))
	t := &T{}
	print(t.method("x", 1))
	deferred()

	buf := make([]byte, 10)
	n := runtime.Stack(buf, false)
	println(n, string(buf[:n]))
	println(runtime.Stack(nil, true))

	c := make(chan int)
	done := make(chan bool)
	go func() { <-c }()
	go func() {
		print(stack(true))
		close(done)
	}()
	<-done
	print(stack(true))
	close(c)
}

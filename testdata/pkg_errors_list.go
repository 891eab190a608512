// run

// errors (GOROOT's, over hood's internal/reflectlite: New, Is, As with
// pointer and interface targets, Unwrap through a chain, the panics
// for bad targets) and container/list.

package main

import (
	"container/list"
	"errors"
)

type pathErr struct {
	op  string
	err error
}

func (e *pathErr) Error() string { return e.op + ": " + e.err.Error() }
func (e *pathErr) Unwrap() error { return e.err }

type codeErr int

func (c codeErr) Error() string { return "code " + string(rune('0'+int(c))) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t == 0 || t == c)
}

type timeout interface{ Timeout() bool }

func main() {
	base := errors.New("not found")
	wrapped := &pathErr{"open", &pathErr{"stat", base}}
	println(wrapped.Error())
	println(errors.Is(wrapped, base), errors.Is(base, wrapped), errors.Is(nil, nil), errors.Is(wrapped, nil))
	println(errors.Unwrap(wrapped).Error(), errors.Unwrap(base) == nil)
	println(errors.Is(codeErr(3), codeErr(0)), errors.Is(codeErr(3), codeErr(4)), errors.Is(&pathErr{"x", codeErr(2)}, codeErr(2)))

	var pe *pathErr
	println(errors.As(wrapped, &pe), pe.op)
	var ce codeErr
	println(errors.As(&pathErr{"y", codeErr(7)}, &ce), int(ce))
	var e error
	println(errors.As(wrapped, &e), e == error(wrapped))
	var to timeout
	println(errors.As(wrapped, &to), to == nil)
	try("nil target", func() { errors.As(base, nil) })
	try("non-pointer", func() { errors.As(base, pe) })
	try("not error", func() { var i int; errors.As(base, &i) })

	l := list.New()
	for i := 1; i <= 4; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	l.MoveToBack(l.Front())
	l.Remove(l.Front().Next())
	for e := l.Front(); e != nil; e = e.Next() {
		print(e.Value.(int), " ")
	}
	println(l.Len())
}

func try(what string, f func()) {
	defer func() { println(what+":", recover().(string)) }()
	f()
}

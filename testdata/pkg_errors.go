// run

// errors from GOROOT with fmt: Is, As and Unwrap through chains made by
// fmt.Errorf's %w and by Unwrap methods, custom Is and As methods,
// uncomparable error values, targets of interface type, and the
// standard library's own sentinels (io.EOF, fs.ErrNotExist behind
// *PathError and syscall.Errno).

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

type notFound struct{ name string }

func (e notFound) Error() string { return e.name + " not found" }

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

// sliceErr is not comparable: errors.Is must not compare it with ==.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

// anyOf matches every target of its kind by Is, and converts itself by As.
type anyOf int

func (a anyOf) Error() string { return "anyOf " + strconv.Itoa(int(a)) }
func (a anyOf) Is(t error) bool {
	_, ok := t.(anyOf)
	return ok
}
func (a anyOf) As(t interface{}) bool {
	if p, ok := t.(*notFound); ok {
		p.name = "as-" + strconv.Itoa(int(a))
		return true
	}
	return false
}

var errSentinel = errors.New("sentinel")

func main() {
	e1 := fmt.Errorf("layer1: %w", errSentinel)
	e2 := &wrapper{"layer2", e1}
	e3 := fmt.Errorf("layer3 [%v]: %w", 3, e2)
	fmt.Println(e3)
	for e := error(e3); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	fmt.Println(errors.Is(e3, errSentinel), errors.Is(e3, e2), errors.Is(e3, e1), errors.Is(e1, e3), errors.Is(e3, errors.New("sentinel")))
	fmt.Println(errors.Is(nil, errSentinel), errors.Is(e3, nil), errors.Is(nil, nil))

	var w *wrapper
	fmt.Println(errors.As(e3, &w), w.msg)
	var nf notFound
	fmt.Println(errors.As(e3, &nf), nf.name == "")
	fmt.Println(errors.As(fmt.Errorf("x: %w", notFound{"file"}), &nf), nf)
	fmt.Println(errors.As(fmt.Errorf("x: %w", anyOf(5)), &nf), nf)
	fmt.Println(errors.Is(fmt.Errorf("y: %w", anyOf(1)), anyOf(2)), errors.Is(anyOf(1), notFound{}))

	var tmp temporary
	fmt.Println(errors.As(fmt.Errorf("t: %w", tempErr{}), &tmp), tmp != nil && tmp.Temporary())
	var target error
	fmt.Println(errors.As(e3, &target), target == e3)

	s1 := sliceErr{"a", "b"}
	fmt.Println(errors.Is(s1, s1), errors.Is(fmt.Errorf("%w", s1), sliceErr{"a", "b"}), errors.Is(errSentinel, s1))
	var se sliceErr
	fmt.Println(errors.As(fmt.Errorf("wrapped %w", s1), &se), se)

	// The standard library's errors.
	_, err := os.Open("/nonexistent/dir/file")
	fmt.Println(err)
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, syscall.ENOENT), errors.Is(err, fs.ErrExist))
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	var errno syscall.Errno
	fmt.Println(errors.As(err, &errno), int(errno), errno.Error(), errno.Is(fs.ErrNotExist), errno.Temporary(), errno.Timeout())
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(syscall.EACCES), errors.Is(syscall.EPERM, fs.ErrPermission))
	werr := fmt.Errorf("reading: %w", io.EOF)
	fmt.Println(werr == io.EOF, errors.Is(werr, io.EOF), errors.Unwrap(werr) == io.EOF, errors.Is(io.ErrUnexpectedEOF, io.EOF))
	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(fmt.Errorf("parse: %w", err), &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))

	// Panics for bad targets.
	for _, f := range []func(){
		func() { errors.As(e3, nil) },
		func() { errors.As(e3, w) },
		func() { var i int; errors.As(e3, &i) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}

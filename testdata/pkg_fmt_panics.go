// run

// fmt's recovery of panics in methods it calls (a String method on a nil
// pointer, runtime errors in Error and String, a Formatter that panics),
// fmt from several goroutines at once, and a final panic whose value is
// an error made by Errorf (.exit = 2); methods promoted through nil
// embedded pointers.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
)

type N struct{ s string }

func (n *N) String() string { return "N" + n.s }

type IdxErr struct{ i int }

func (e IdxErr) Error() string { a := []int{1, 2, 3}; return fmt.Sprint(a[e.i]) }

type DivS int

func (d DivS) String() string { return fmt.Sprint(10 / int(d)) }

type PanErr struct{}

func (PanErr) Error() string { panic(errors.New("inner err")) }

type Fm struct{}

func (Fm) Format(f fmt.State, c rune) { panic(fmt.Sprintf("fmt %c", c)) }

func main() {
	nilMethods()
	var np *N
	fmt.Println(np)
	fmt.Printf("%v|%s|%d\n", np, np, np)
	fmt.Println(IdxErr{5}, IdxErr{1}, DivS(0), DivS(3), PanErr{}, Fm{})
	fmt.Printf("%x %q\n", IdxErr{7}, DivS(0))
	var wg sync.WaitGroup
	res := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var sb strings.Builder
			for j := 0; j < 200; j++ {
				fmt.Fprintf(&sb, "%d:%x;", i, j*i)
			}
			res[i] = fmt.Sprint(len(sb.String()), sb.String()[:20])
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < 3; i++ {
			ch <- fmt.Sprintf("msg %d", i)
		}
	}()
	for m := range ch {
		fmt.Println(m)
	}
	defer fmt.Println("deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var i interface{} = "s"
		_ = i.(int)
	}()
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	panic(fmt.Errorf("final %w", IdxErr{1}))
}

// Methods promoted through nil embedded pointers, and on nil receivers.
type P2 struct{ n int }

func (p *P2) String() string { return fmt.Sprint("P", p.n) }

type V2 struct{ n int }

func (v V2) String() string { return fmt.Sprint("V", v.n) }

type W2 struct{ *P2 }
type X2 struct{ *V2 }
type Y2 struct {
	V2
	n int
}

type E2 struct{ msg *string }

func (e E2) Error() string { return *e.msg }

func nilMethods() {
	fmt.Println(W2{}, X2{}, W2{&P2{1}}, X2{&V2{2}}, Y2{V2{3}, 4})
	fmt.Printf("%v|%s|%+v|%d\n", W2{}, X2{}, Y2{}, X2{})
	var vp *V2
	fmt.Println(vp)
	fmt.Printf("%v %s %d\n", vp, vp, vp)
	var err error = E2{}
	fmt.Println(err)
	fmt.Println(fmt.Errorf("wrap: %w", err))
	fmt.Println(errors.Unwrap(fmt.Errorf("wrap: %w", err)) != nil)
	var st fmt.Stringer = vp
	fmt.Println(st, []fmt.Stringer{vp, nil, V2{5}})
	fmt.Printf("%x %X\n", V2{10}, []*V2{nil})
}

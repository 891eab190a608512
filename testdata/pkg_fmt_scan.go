// run

// fmt's scanning side: Sscanf with every verb into every kind of
// operand, a custom Scanner, bases and underscores, range and syntax
// errors, non-pointer operands, Sscanln and Fscanln over lines.

package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p *Pt) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var (
		i8  int8
		u   uint
		f32 float32
		c   complex128
		s   string
		b   bool
		r   rune
		by  []byte
		p   Pt
	)
	n, err := fmt.Sscanf("-12 42 3.5e2 (1+2i) word true x bytes", "%d %d %g %v %s %t %c %s", &i8, &u, &f32, &c, &s, &b, &r, &by)
	fmt.Println(n, err, i8, u, f32, c, s, b, string(r), string(by))
	n, err = fmt.Sscanf("300", "%d", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscanf("(3,4)", "%v", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("0x1F 0b11 0o17 1_000", &u, &i8, &u, &u)
	fmt.Println(n, err, u, i8)
	n, err = fmt.Sscanf("abc", "%d", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &u, &u, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("\"quoted str\" `raw`", "%q %q", &s, &by)
	fmt.Println(n, err, s, string(by))
	n, err = fmt.Sscanf("ff FF 777", "%x %X %o", &u, &i8, &r)
	fmt.Println(n, err, u, i8, r)
	n, err = fmt.Sscanln("1 2\n3", &u, &r, &i8)
	fmt.Println(n, err, u, r)
	var a, bb, cc int
	rd := strings.NewReader("1 2 3\n4 5 6\n")
	for {
		n, err := fmt.Fscanln(rd, &a, &bb, &cc)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(a + bb + cc)
	}
	n, err = fmt.Sscanf("key=val;", "key=%3s;", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("1.5e+3 inf", "%e %g", &f32, &c)
	fmt.Println(n, err, f32, c)
}

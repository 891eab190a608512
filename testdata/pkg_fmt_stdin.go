// run

// fmt's Scan, Scanln and Scanf reading os.Stdin (pkg_fmt_stdin.in) a
// byte at a time, then a bufio.Reader taking over the rest of it.

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var a, b string
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println(n, err, a)
	var w1, w2, w3 string
	n, err = fmt.Scanf("%s %s %s\n", &w1, &w2, &w3)
	fmt.Println(n, err, w1, w2, w3)
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%d %v\n", len(rest), err)
	fi, err := os.Stdin.Stat()
	fmt.Println(fi.Mode().IsRegular(), err)
}

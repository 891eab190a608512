// run alpha beta

// os, io/fs and path/filepath from GOROOT, printed with fmt: Args, the
// environment (Getenv, LookupEnv, Setenv, Environ, Expand), files in a
// temporary directory (WriteFile, ReadFile, OpenFile flags, Seek,
// ReadAt/WriteAt, Truncate, Stat and FileMode, ReadDir, WalkDir, Rename,
// Remove, RemoveAll, symlinks), the texts of *PathError, *LinkError and
// *SyscallError, and filepath's lexical functions. The temporary
// directory's random name is printed as DIR.

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var dir string

func hide(v interface{}) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "DIR")
}

func main() {
	fmt.Printf("%d %q %v\n", len(os.Args), os.Args[1:], filepath.IsAbs(os.Args[0]) || strings.HasPrefix(os.Args[0], "."))
	fmt.Println(os.Getenv("HOOD_PKG_OS_UNSET") == "", filepath.Base(os.Getenv("PWD")))
	fmt.Println(os.Setenv("HOOD_PKG_OS", "v=1"), os.Getenv("HOOD_PKG_OS"))
	v, ok := os.LookupEnv("HOOD_PKG_OS")
	fmt.Printf("%q %v\n", v, ok)
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "HOOD_PKG_OS=") {
			found++
			fmt.Println(kv)
		}
	}
	fmt.Println(found, os.Unsetenv("HOOD_PKG_OS"))
	_, ok = os.LookupEnv("HOOD_PKG_OS")
	fmt.Println(ok, os.Setenv("", "x"), os.Setenv("A=B", "x"))
	fmt.Println(os.Expand("$a ${b} $$ ${} $1x", func(s string) string { return "<" + s + ">" }), os.ExpandEnv("[$HOOD_PKG_OS_UNSET]"))

	var err error
	dir, err = os.MkdirTemp("", "hood_pkg_os_files")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() { fmt.Println("cleanup", os.RemoveAll(dir)) }()
	name := filepath.Join(dir, "a.txt")
	fmt.Println(os.WriteFile(name, []byte("hello\nworld\n"), 0600))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	fi, err := os.Stat(name)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), err)

	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0)
	fmt.Println(err)
	n, err := f.WriteString("appended\n")
	fmt.Println(n, err)
	off, err := f.Seek(2, io.SeekStart)
	buf := make([]byte, 5)
	n, err2 := f.Read(buf)
	fmt.Printf("%d %v %d %v %q\n", off, err, n, err2, buf[:n])
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(hide(err))
	fmt.Println(f.Truncate(5), f.Close(), f.Close() != nil)
	_, err = f.Write([]byte("late"))
	fmt.Println(hide(err), errors.Is(err, os.ErrClosed))
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	g, err := os.Create(filepath.Join(dir, "b.bin"))
	fmt.Fprintf(g, "%05d|%x", 42, "bin")
	st, _ := g.Stat()
	fmt.Println(err, st.Size(), hide(g.Name()), g.Close())
	_, err = os.OpenFile(filepath.Join(dir, "b.bin"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(hide(err), errors.Is(err, fs.ErrExist), os.IsExist(err))

	fmt.Println(os.Mkdir(filepath.Join(dir, "sub"), 0755), os.MkdirAll(filepath.Join(dir, "sub", "deep", "er"), 0700))
	fmt.Println(hide(os.Mkdir(filepath.Join(dir, "sub"), 0755)))
	fmt.Println(os.WriteFile(filepath.Join(dir, "sub", "deep", "c.txt"), []byte("c"), 0644))
	fmt.Println(os.Rename(filepath.Join(dir, "b.bin"), filepath.Join(dir, "sub", "moved.bin")))
	fmt.Println(hide(os.Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "x"))))
	fmt.Println(os.Symlink("a.txt", filepath.Join(dir, "link")))
	target, err := os.Readlink(filepath.Join(dir, "link"))
	lfi, _ := os.Lstat(filepath.Join(dir, "link"))
	sfi, _ := os.Stat(filepath.Join(dir, "link"))
	fmt.Println(target, err, lfi.Mode()&fs.ModeSymlink != 0, sfi.Mode().IsRegular(), sfi.Size())
	fmt.Println(hide(os.Symlink("a.txt", filepath.Join(dir, "link"))))

	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Mode().Type() == e.Type())
	}
	var walked []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		walked = append(walked, fmt.Sprintf("%s:%v", rel, d.IsDir()))
		if d.Name() == "er" {
			return filepath.SkipDir
		}
		return err
	})
	fmt.Println(walked, err)
	matches, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	for i := range matches {
		matches[i] = hide(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches, err)
	sub := os.DirFS(dir)
	cdata, err := fs.ReadFile(sub, "sub/deep/c.txt")
	fmt.Printf("%q %v\n", cdata, err)
	_, err = fs.ReadFile(sub, "../escape")
	fmt.Println(err)

	// Error texts and their types.
	_, err = os.ReadFile(filepath.Join(dir, "nope"))
	var pe *fs.PathError
	fmt.Println(hide(err), errors.As(err, &pe), pe.Op, hide(pe.Path), pe.Err, os.IsNotExist(err))
	_, err = os.Open(filepath.Join(dir, "a.txt", "under"))
	fmt.Println(hide(err))
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(hide(err))
	err = os.Link(filepath.Join(dir, "none"), filepath.Join(dir, "l2"))
	var le *os.LinkError
	fmt.Printf("%s %v %T\n", hide(err), errors.As(err, &le), err)
	fmt.Println(os.NewSyscallError("mmap", fs.ErrInvalid), os.NewSyscallError("x", nil) == nil)
	_, err = os.ReadDir("")
	fmt.Println(err)
	fmt.Println(os.Chmod(name, 0400))
	fi, _ = os.Stat(name)
	fmt.Println(fi.Mode(), fs.FileMode(0755|fs.ModeDir), fs.FileMode(0644|fs.ModeSymlink|fs.ModeSetuid), fs.ModePerm)
	fmt.Println(os.Remove(name), hide(os.Remove(name)))

	// filepath, lexically.
	for _, p := range []string{"", ".", "/", "a/b/../c", "/a//b/./c/", "../../x", "a/b.tar.gz", "/only"} {
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), strings.Join(func() []string { a, b := filepath.Split(p); return []string{a, b} }(), "|"))
	}
	r, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(r, err, filepath.Join("a", "", "b", "../c"), filepath.SplitList("/bin:/usr/bin::x"))
	_, err = filepath.Rel("a", "/b")
	fmt.Println(err)
	ok, err = filepath.Match("*.go", "x.go")
	fmt.Println(ok, err)
	_, err = filepath.Match("[", "x")
	fmt.Println(err)
}

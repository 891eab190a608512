// run first second

// GOROOT's package os over the runtime's half of its contract
// (rt/linkname.def) and internal/poll without a poller (blocking I/O):
// os.Args, the environment, files under os.TempDir (WriteFile,
// ReadFile, Stat, CreateTemp, ReadDir, Rename, Remove), *PathError
// texts, writes to Stdout and Stderr, path/filepath, and os.Exit's
// status without running deferred calls.

package main

import (
	"os"
	"path/filepath"
)

// hide replaces the temporary directory's random name in s by DIR.
func hide(s, dir string) string {
	for i := 0; i+len(dir) <= len(s); i++ {
		if s[i:i+len(dir)] == dir {
			return s[:i] + "DIR" + s[i+len(dir):]
		}
	}
	return s
}

func main() {
	defer println("deferred: not run by os.Exit")
	println(len(os.Args), os.Args[1], os.Args[2], filepath.Base(os.Args[0]) != "")
	println(filepath.Base(os.Getenv("PWD")), os.Getenv("HOOD_NO_SUCH_VARIABLE") == "")
	println(os.Setenv("HOOD_Y", "yes") == nil, os.Getenv("HOOD_Y"))
	v, ok := os.LookupEnv("HOOD_Y")
	println(v, ok, os.Unsetenv("HOOD_Y") == nil, os.Getenv("HOOD_Y") == "")
	println(os.ExpandEnv("[$HOOD_NO_SUCH_VARIABLE]"))

	dir, err := os.MkdirTemp("", "hood_pkg_os")
	println(err == nil, filepath.Dir(dir) == filepath.Clean(os.TempDir()))
	name := filepath.Join(dir, "a.txt")
	println(os.WriteFile(name, []byte("line one\nline two\n"), 0640) == nil)
	b, err := os.ReadFile(name)
	println(string(b), err == nil)
	fi, err := os.Stat(name)
	println(fi.Name(), fi.Size(), fi.Mode().IsRegular(), fi.Mode().Perm()&0700 == 0600, fi.IsDir(), err == nil)
	println((os.ModeDir | 0755).String(), os.FileMode(0640).String())
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	println(err == nil)
	n, err := f.WriteString("line three\n")
	println(n, err == nil, f.Close() == nil)
	_, err = f.WriteString("x")
	println(hide(err.Error(), dir))
	b, _ = os.ReadFile(name)
	println(len(b))
	println(os.Rename(name, filepath.Join(dir, "b.txt")) == nil)
	println(os.Mkdir(filepath.Join(dir, "sub"), 0755) == nil)
	t, err := os.CreateTemp(dir, "t*.tmp")
	println(err == nil, filepath.Dir(t.Name()) == dir, t.Close() == nil)
	ents, err := os.ReadDir(dir)
	println(len(ents), err == nil)
	for _, e := range ents[:2] {
		println(e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(name)
	println(hide(err.Error(), dir), os.IsNotExist(err))
	_, err = os.Open("/nonexistent/dir/file")
	pe := err.(*os.PathError)
	println(pe.Op, pe.Path, pe.Err.Error())
	err = os.Remove(dir)
	println(hide(err.Error(), dir), os.IsExist(err))
	println(os.RemoveAll(dir) == nil)
	_, err = os.Stat(dir)
	println(os.IsNotExist(err))

	n, err = os.Stdout.Write([]byte("to stdout\n"))
	println(n, err == nil)
	os.Stderr.WriteString("to stderr\n")
	wd, err := os.Getwd()
	println(filepath.Base(wd), err == nil)
	println(filepath.Join("a", "b/../c", "d.go"), filepath.Ext("x.tar.gz"), filepath.IsAbs("/x"))
	m, err := filepath.Glob("pkg_os.[gx]*")
	println(len(m), m[0], m[len(m)-1], err == nil)
	os.Exit(5)
}

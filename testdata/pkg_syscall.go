// run

// GOROOT's package syscall over the runtime's half of its contract
// (rt/linkname.def): the environment from the process's block
// (runtime_envs), system calls through Syscall/RawSyscall6 and their
// errno values, SIGPIPE ignored so that a write to a pipe without a
// reader fails with EPIPE, the fork hooks and rawVforkSyscall under
// ForkExec, a method with a pointer receiver called on another
// package's variable (syscall.ForkLock.RLock, which crashed the
// checker), and Exit's status.

package main

import "syscall"

func suffix(s, end string) bool {
	return len(s) >= len(end) && s[len(s)-len(end):] == end
}

func main() {
	pwd, ok := syscall.Getenv("PWD")
	println(suffix(pwd, "/testdata"), ok)
	v, ok := syscall.Getenv("HOOD_NO_SUCH_VARIABLE")
	println(v == "", ok)
	println(syscall.Setenv("HOOD_X", "1") == nil)
	v, ok = syscall.Getenv("HOOD_X")
	println(v, ok)
	println(syscall.Unsetenv("HOOD_X") == nil)
	_, ok = syscall.Getenv("HOOD_X")
	println(ok)
	println(syscall.Setenv("", "x").Error())

	n, err := syscall.Write(1, []byte("written by syscall.Write\n"))
	println(n, err == nil)
	_, err = syscall.Write(99, []byte("x"))
	println(err.Error(), err == syscall.EBADF)
	fd, err := syscall.Open("/nonexistent/file", syscall.O_RDONLY, 0)
	println(fd, err.Error())
	println(syscall.Getpagesize())

	var p [2]int
	println(syscall.Pipe(p[:]) == nil)
	println(syscall.Close(p[0]) == nil)
	_, err = syscall.Write(p[1], []byte("x"))
	println(err.Error(), err == syscall.EPIPE)
	syscall.Close(p[1])

	var tv syscall.Timeval
	println(syscall.Gettimeofday(&tv) == nil, tv.Sec > 1600000000)
	println(syscall.Getpid() > 0, syscall.Getppid() > 0, syscall.Getuid() == syscall.Geteuid())
	println(syscall.Nanosleep(&syscall.Timespec{Nsec: 1000}, nil) == nil)

	syscall.ForkLock.RLock()
	syscall.ForkLock.RUnlock()
	pid, ferr := syscall.ForkExec("/bin/sh", []string{"sh", "-c", "echo child; exit 7"},
		&syscall.ProcAttr{Files: []uintptr{0, 1, 2}})
	var ws syscall.WaitStatus
	wpid, err := syscall.Wait4(pid, &ws, 0, nil)
	println(pid > 0, ferr == nil, wpid == pid, err == nil, ws.Exited(), ws.ExitStatus())
	_, err = syscall.ForkExec("/nonexistent", []string{"x"}, nil)
	println(err.Error())

	syscall.Exit(3)
	println("not reached")
}

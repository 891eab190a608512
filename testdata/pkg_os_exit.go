// run

// How a process of os ends, seen by its parent (the program runs itself
// as a child): os.Exit(0) runs no deferred call; a write to a standard
// output whose reader is gone kills the process with SIGPIPE through
// os (os.sigpipe), while the same write made with syscall.Write only
// fails with EPIPE, since SIGPIPE itself is ignored.

package main

import (
	"os"
	"syscall"
)

func child(mode string) {
	switch mode {
	case "exit0":
		defer println("deferred: not run")
		println("child: exit0")
		os.Exit(0)
	case "rawpipe":
		_, err := syscall.Write(1, []byte("x\n"))
		println("child: rawpipe:", err.Error())
	case "ospipe":
		os.Stdout.Write([]byte("x\n"))
		println("child: not reached")
	}
}

// run starts this program as a child in the given mode, its standard
// output a pipe whose read end is closed, and reports how it ended.
func run(mode string) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		println(err.Error())
		return
	}
	syscall.Close(p[0])
	pid, err := syscall.ForkExec(os.Args[0], []string{os.Args[0], mode},
		&syscall.ProcAttr{Files: []uintptr{0, uintptr(p[1]), 2}})
	syscall.Close(p[1])
	if err != nil {
		println(err.Error())
		return
	}
	var ws syscall.WaitStatus
	_, err = syscall.Wait4(pid, &ws, 0, nil)
	println(mode+":", err == nil, ws.Exited(), ws.ExitStatus(), ws.Signaled(), ws.Signal() == syscall.SIGPIPE)
}

func main() {
	if len(os.Args) > 1 {
		child(os.Args[1])
		return
	}
	run("exit0")
	run("rawpipe")
	run("ospipe")
}

// asmcheck

// Open-coded defers (compiler/ssagen/defer.c), checked in the SSA after
// the machine-independent passes: a function whose defers are not in a
// loop calls neither runtime.deferproc nor runtime.deferreturn; it keeps
// the closure in a stack slot (a wrapper closure with arguments lives on
// the stack, not from newobject), sets its deferBits bit, has a resume
// point for recoveries, and calls the closure at its return. A function
// with two exits keeps a slot per defer. A defer in a loop, or
// more than 8 defers, still goes through the runtime's records.

package p

type M struct{ n int }

func (m *M) Unlock() { m.n-- }

func locked(m *M) int {
	// ssa:`StaticCall <mem> \{hood\.deferresume\}`,`LocalAddr <unsafe\.Pointer> \{auto:deferFn0\}`,`ClosureCall`,-`StaticCall <mem> \{runtime\.defer`,-`StaticCall <mem> \{runtime\.newobject\}`
	m.n++
	defer m.Unlock()
	return m.n
}

func twoExits(m *M, early bool) int {
	// ssa:`LocalAddr <unsafe\.Pointer> \{auto:deferFn1\}`,`ClosureCall`,-`StaticCall <mem> \{runtime\.defer`
	defer m.Unlock()
	if early {
		return 0
	}
	defer m.Unlock()
	return 1
}

func inLoop(m *M, n int) {
	// ssa:`StaticCall <mem> \{runtime\.deferproc\}`,`StaticCall <mem> \{runtime\.deferreturn\}`,-`StaticCall <mem> \{hood\.deferresume\}`
	for i := 0; i < n; i++ {
		defer m.Unlock()
	}
}

func nine(m *M) {
	// ssa:`StaticCall <mem> \{runtime\.deferproc\}`,-`StaticCall <mem> \{hood\.deferresume\}`
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
	defer m.Unlock()
}

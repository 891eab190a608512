// Memory statistics.

package runtime

import "unsafe"

// MemStats has gc's fields. hood's heap is a bump allocator without a
// collector (rt/malloc.c): nothing is freed, so the bytes allocated are
// the bytes live; fields for structures hood does not have (spans,
// mcaches, GC pauses) are 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// memStats is rt/runtime.h's memstats: the allocator's counters.
type memStats struct {
	nmalloc    uint64
	totalAlloc uint64
	heapSys    uint64
	numGC      uint64
}

// readmemstats copies the allocator's counters (rt/linkname.c); s
// does not escape, so ReadMemStats allocates nothing.
//
//go:noescape
func readmemstats(s *memStats)

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	var s memStats
	readmemstats(&s)
	*m = MemStats{}
	m.Mallocs = s.nmalloc
	m.HeapObjects = s.nmalloc
	m.TotalAlloc = s.totalAlloc
	m.Alloc = s.totalAlloc
	m.HeapAlloc = s.totalAlloc
	m.HeapInuse = s.heapSys
	m.HeapSys = s.heapSys
	m.Sys = s.heapSys
	m.NumGC = uint32(s.numGC)
	m.NumForcedGC = uint32(s.numGC)
	m.EnableGC = true
	_ = unsafe.Sizeof(s)
}

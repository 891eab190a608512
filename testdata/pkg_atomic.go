// run

// sync/atomic (hood's own package: the functions are LOCK-prefixed
// instructions in rt/asm_amd64.S): every function on every type,
// wrap-around, the typed values and Value's rules and panics.

package main

import (
	"sync/atomic"
	"unsafe"
)

func main() {
	var i32 int32 = 1 << 30
	println(atomic.AddInt32(&i32, 1<<30), atomic.AddInt32(&i32, -1), i32)
	var u32 uint32 = 1
	println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, ^uint32(0)))
	var i64 int64 = -5
	println(atomic.AddInt64(&i64, 1<<40), atomic.LoadInt64(&i64))
	var u64 uint64
	println(atomic.AddUint64(&u64, 1<<63), atomic.AddUint64(&u64, 1<<63))
	var up uintptr = 10
	println(atomic.AddUintptr(&up, 5), atomic.LoadUintptr(&up))

	println(atomic.CompareAndSwapInt32(&i32, 0, 7), atomic.CompareAndSwapInt32(&i32, i32, 7), atomic.LoadInt32(&i32))
	println(atomic.CompareAndSwapUint32(&u32, 1<<32-1, 9), atomic.LoadUint32(&u32))
	println(atomic.CompareAndSwapInt64(&i64, 3, 4), atomic.CompareAndSwapUint64(&u64, 0, 1), u64)
	println(atomic.CompareAndSwapUintptr(&up, 15, 16), up)
	println(atomic.SwapInt32(&i32, -1), atomic.SwapUint32(&u32, 2), atomic.SwapInt64(&i64, -2),
		atomic.SwapUint64(&u64, 3), atomic.SwapUintptr(&up, 4))
	println(i32, u32, i64, u64, up)
	atomic.StoreInt32(&i32, 11)
	atomic.StoreUint32(&u32, 12)
	atomic.StoreInt64(&i64, 13)
	atomic.StoreUint64(&u64, 14)
	atomic.StoreUintptr(&up, 15)
	println(atomic.LoadInt32(&i32), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	a, b := 1, 2
	var p unsafe.Pointer
	println(atomic.SwapPointer(&p, unsafe.Pointer(&a)) == nil, atomic.LoadPointer(&p) == unsafe.Pointer(&a))
	println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&b), nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&a), unsafe.Pointer(&b)))
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	println(*(*int)(atomic.LoadPointer(&p)))

	var bo atomic.Bool
	println(bo.Load(), bo.Swap(true), bo.CompareAndSwap(false, true), bo.CompareAndSwap(true, false), bo.Load())
	var ti32 atomic.Int32
	var ti64 atomic.Int64
	var tu32 atomic.Uint32
	var tu64 atomic.Uint64
	var tup atomic.Uintptr
	ti32.Store(-3)
	ti64.Store(-4)
	tu32.Store(5)
	tu64.Store(6)
	tup.Store(7)
	println(ti32.Add(1), ti64.Add(1), tu32.Add(1), tu64.Add(1), tup.Add(1))
	println(ti32.Swap(0), ti64.Swap(0), tu32.Swap(0), tu64.Swap(0), tup.Swap(0))
	println(ti32.CompareAndSwap(0, 1), ti64.CompareAndSwap(1, 2), tu32.CompareAndSwap(0, 3), tu64.CompareAndSwap(0, 4), tup.CompareAndSwap(0, 5))
	println(ti32.Load(), ti64.Load(), tu32.Load(), tu64.Load(), tup.Load())
	println(unsafe.Sizeof(ti32), unsafe.Sizeof(ti64), unsafe.Alignof(tu64), unsafe.Sizeof(bo))

	var v atomic.Value
	println(v.Load() == nil, v.CompareAndSwap(nil, "first"), v.Load().(string))
	v.Store("second")
	println(v.Swap("third").(string), v.CompareAndSwap("x", "y"), v.CompareAndSwap("third", "fourth"), v.Load().(string))
	var w atomic.Value
	println(w.Swap(42) == nil, w.Load().(int))
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap int", func() { v.Swap(1) })
	try("cas nil", func() { v.CompareAndSwap("a", nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, "a") })
	try("cas int", func() { v.CompareAndSwap(1, 2) })
	var u atomic.Value
	u.Store([]int{1})
	try("cas uncomparable", func() { u.CompareAndSwap([]int{1}, []int{2}) })
	try("nil address", func() { atomic.AddInt32(nil, 1) })
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(what+":", e.Error())
			return
		}
		println(what+":", r.(string))
	}()
	f()
}

// run

// container/heap (a priority queue with Fix and Remove, and heap.Init
// over ints), container/list (every method, moves between and across
// lists) and container/ring, from GOROOT, printed with fmt.

package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"strings"
)

type item struct {
	value    string
	priority int
	index    int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].priority != q[j].priority {
		return q[i].priority > q[j].priority
	}
	return q[i].value < q[j].value
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x interface{}) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() interface{} {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dump(l *list.List) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "len %d [", l.Len())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Fprint(&sb, " ", e.Value)
	}
	sb.WriteString(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Fprint(&sb, " ", e.Value)
	}
	return sb.String()
}

func main() {
	words := strings.Fields("pear apple fig banana kiwi cherry date grape lemon mango")
	q := make(pq, 0)
	heap.Init(&q)
	items := map[string]*item{}
	for i, w := range words {
		it := &item{value: w, priority: (i * 7) % 5}
		items[w] = it
		heap.Push(&q, it)
	}
	items["kiwi"].priority = 10
	heap.Fix(&q, items["kiwi"].index)
	items["pear"].priority = -1
	heap.Fix(&q, items["pear"].index)
	removed := heap.Remove(&q, items["fig"].index).(*item)
	fmt.Println("removed", removed.value, removed.index, q.Len())
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Printf("%s:%d ", it.value, it.priority)
	}
	fmt.Println()

	h := &intHeap{9, 3, 7, 1, 8, 2, 6, 5, 4, 0}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, -5)
	(*h)[3] = 100
	heap.Fix(h, 3)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	// A pseudo-random workload: heap sort must agree with the order.
	x := uint32(12345)
	for i := 0; i < 2000; i++ {
		x = x*1664525 + 1013904223
		heap.Push(h, int(x>>16))
	}
	prev, ok, sum := -1, true, 0
	for h.Len() > 0 {
		v := heap.Pop(h).(int)
		ok = ok && v >= prev
		prev = v
		sum = sum*31 + v
	}
	fmt.Println(ok, prev, sum)

	l := list.New()
	fmt.Println(dump(l), l.Front() == nil, l.Back() == nil)
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	e15 := l.InsertAfter(1.5, e1)
	l.InsertBefore("start", e0)
	fmt.Println(dump(l))
	l.MoveToFront(e2)
	l.MoveToBack(e0)
	l.MoveBefore(e15, e1)
	l.MoveAfter(e2, e2)
	fmt.Println(dump(l))
	fmt.Println(l.Remove(e1), dump(l))
	fmt.Println(l.Remove(e1), dump(l))
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l))
	l.PushBackList(l)
	fmt.Println(dump(l))
	foreign := other.Front()
	l.MoveToFront(foreign)
	fmt.Println(l.InsertAfter("z", foreign) == nil, l.Remove(foreign), other.Len())
	fmt.Println(e2.Next() != nil, e2.Prev() != nil, e0.Next() == nil)
	l.Init()
	fmt.Println(dump(l))
	var zero list.List
	zero.PushBack("lazy")
	fmt.Println(dump(&zero))

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	removedRing := r.Unlink(2)
	fmt.Println(r.Len(), removedRing.Len(), r.Value, removedRing.Value, r.Prev().Value)
	r.Link(removedRing)
	r.Do(func(v interface{}) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
}

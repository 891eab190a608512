// errorcheck

// select statements as gc checks them: each case a send or a receive
// (possibly assigned), at most one default, the channel directions, the
// variables a case declares (scoped to the case, and unused ones
// reported), fallthrough out of place, and sends of the wrong type.

package main

func main() {
	c := make(chan int)
	var s chan<- int
	var r <-chan int
	x := 0
	select {
	case 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case x = 3: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-s: // ERROR "cannot receive from send-only channel s"
	case r <- 1: // ERROR "cannot send to receive-only channel r"
	case y := <-c: // ERROR "y declared but not used"
	case c <- "s": // ERROR "cannot use .s. \(untyped string constant\) as int value in send"
	case v, ok := <-c:
		_, _ = v, ok
		fallthrough // ERROR "fallthrough statement out of place"
	default:
	default: // ERROR "multiple defaults"
	}
	select {
	case z := <-c:
		_ = z
	}
	println(x, z) // ERROR "undefined: z"
}

// errorcheck

// Channel operations gc rejects, with its messages: close of a
// receive-only channel or of a non-channel, range over a send-only
// channel or with two iteration variables, sends and receives against
// the channel's direction.

package main

func main() {
	c := make(chan int)
	var s chan<- int = c
	var r <-chan int = c
	n := 0
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	close(n) // ERROR "invalid operation: cannot close non-channel n \(variable of type int\)"
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	r <- 1   // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	n <- 1   // ERROR "invalid operation: cannot send to non-channel n \(variable of type int\)"
	_ = <-s  // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
}

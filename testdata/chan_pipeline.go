// run

// Goroutines passing values through channels: a producer/consumer
// pipeline, the concurrent prime sieve (a chain of filter goroutines),
// fan-out to workers and fan-in of their results, a worker pool fed by
// a buffered channel, and a ping-pong over unbuffered channels.

package main

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 2; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%prime != 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func sieve(n int) []int {
	var primes []int
	ch := generate(n)
	for {
		p, ok := <-ch
		if !ok {
			return primes
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- true
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

type job struct {
	id, n int
}

type result struct {
	id, fib int
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(jobs <-chan job, results chan<- result) {
	for j := range jobs {
		results <- result{j.id, fib(j.n)}
	}
}

func main() {
	ps := sieve(100)
	println("primes:", len(ps), ps[0], ps[len(ps)-1])

	sum := 0
	for v := range square(generate(10)) {
		sum += v
	}
	println("sum of squares", sum)

	total := 0
	for v := range merge(square(generate(5)), square(generate(6)), generate(3)) {
		total += v
	}
	println("merged", total)

	jobs := make(chan job, 20)
	results := make(chan result, 20)
	for w := 0; w < 4; w++ {
		go worker(jobs, results)
	}
	for i := 0; i < 20; i++ {
		jobs <- job{i, i}
	}
	close(jobs)
	fibs := make([]int, 20)
	for i := 0; i < 20; i++ {
		r := <-results
		fibs[r.id] = r.fib
	}
	println("fib", fibs[10], fibs[19])

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	println("ping-pong", v, ok)
}

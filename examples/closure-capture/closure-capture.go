// Package main: a call counter and a background stats reporter that
// capture locals in closures.
package main

import (
	"net/http"
	"time"
)

// countCalls wraps next; the returned function outlives the call, so
// the captured counter is moved to the heap.
func countCalls(next func(string) error) func(string) error {
	calls := 0
	return func(key string) error {
		calls++
		return next(key)
	}
}

// startReporter runs a goroutine that updates ticks: the closure passed
// to `go` escapes, and so does the variable it captures by reference.
func startReporter(interval time.Duration) {
	ticks := 0
	go func() {
		for {
			time.Sleep(interval)
			ticks++
		}
	}()
}

// Fixed: the closure is only called inside the function, so both the
// closure and the captured total stay on the stack.
func totalBytes(sizes []int) int {
	total := 0
	add := func(n int) { total += n }
	for _, s := range sizes {
		add(s)
	}
	return total
}

func main() {
	fetch := countCalls(func(key string) error { return nil })
	http.Handle("/", http.NotFoundHandler())
	startReporter(time.Second)
	_ = totalBytes([]int{512, 1024})
	_ = fetch("/")
}

// Package main: HTTP middleware and a background stats reporter that
// capture locals in closures.
package main

import (
	"net/http"
	"time"
)

// countRequests wraps next; the returned handler outlives the call, so
// the captured counter is moved to the heap.
func countRequests(next http.HandlerFunc) http.HandlerFunc {
	served := 0
	return func(w http.ResponseWriter, r *http.Request) {
		served++
		next(w, r)
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
	h := countRequests(http.NotFound)
	http.Handle("/", h)
	startReporter(time.Second)
	_ = totalBytes([]int{512, 1024})
}

// Package main: reusing render buffers for HTTP responses with sync.Pool.
package main

import (
	"os"
	"sync"
)

// bufPool holds []byte values: every Put converts the slice header to an
// interface, which allocates a 24-byte box on the heap.
var bufPool = sync.Pool{
	New: func() any { return make([]byte, 0, 4096) },
}

func renderGreeting(name string) {
	buf := bufPool.Get().([]byte)[:0]
	buf = append(buf, "Hello, "...)
	buf = append(buf, name...)
	os.Stdout.Write(buf)
	bufPool.Put(buf)
}

// Fixed: pool *[]byte; a pointer fits in the interface word, so Put does
// not allocate (staticcheck SA6002).
var bufPtrPool = sync.Pool{
	New: func() any {
		b := make([]byte, 0, 4096)
		return &b
	},
}

func renderGreetingFixed(name string) {
	bp := bufPtrPool.Get().(*[]byte)
	buf := append((*bp)[:0], "Hello, "...)
	buf = append(buf, name...)
	os.Stdout.Write(buf)
	*bp = buf
	bufPtrPool.Put(bp)
}

func main() {
	renderGreeting("gopher")
	renderGreetingFixed("gopher")
}

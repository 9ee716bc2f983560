// Package main is escapelint's quick-start example: a tiny request logger
// with the allocations Go programs typically have.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Request struct {
	Method string
	Path   string
	Header map[string]string
}

// NewRequest returns the address of a local: it moves to the heap.
func NewRequest(method, path string) *Request {
	r := Request{Method: method, Path: path}
	return &r
}

// Describe boxes its arguments into interfaces for fmt.
func Describe(r *Request) string {
	return fmt.Sprintf("%s %s", r.Method, r.Path)
}

// Tokens allocates a slice whose size is only known at run time.
func Tokens(path string, n int) []string {
	out := make([]string, 0, n)
	for _, p := range strings.Split(path, "/") {
		out = append(out, p)
	}
	return out
}

// Counter returns a closure that captures n by reference.
func Counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	r := NewRequest("GET", "/a/b")
	next := Counter()
	fmt.Fprintln(os.Stderr, Describe(r), len(Tokens(r.Path, 4)), next())
}

// Package main: a structured logger called with constant arguments.
package main

import (
	"fmt"
	"os"
)

// Logger writes key/value pairs; kv is retained in the ring buffer.
type Logger struct {
	ring [][]any
}

var logger Logger

//go:noinline
func (l *Logger) Info(msg string, kv ...any) {
	l.ring = append(l.ring, kv)
	_ = msg
}

// lastError is shown on /debug/vars.
var lastError any

// finishJob logs only constants. The compiler reports each one as
// "escapes to heap", but a constant is boxed by pointing at read-only
// static data: nothing is allocated for it (testing.AllocsPerRun: 0).
// The variadic ... argument slice is the only real allocation here.
func finishJob() {
	logger.Info("done", "job", "reindex", "shards", 42)
	lastError = "fixed"
	fmt.Fprintln(os.Stderr, "x")
}

// Contrast: a non-constant value boxed the same way does allocate.
func finishJobN(shards int) {
	logger.Info("done", "shards", shards)
}

func main() {
	finishJob()
	finishJobN(len(os.Args) * 1000)
}

// Package main: metrics helpers that cannot be inlined, but not for size.
package main

import (
	"sync"
	"sync/atomic"
)

type Metrics struct {
	mu       sync.Mutex
	requests int64 // guarded by mu
	hits     int64 // atomic
}

// Inc unlocks with defer: "unhandled op DEFER" in Go 1.19.
func (m *Metrics) Inc() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests++
}

// Fixed: an atomic counter needs no lock and no defer, and is inlined.
func (m *Metrics) Hit() { atomic.AddInt64(&m.hits, 1) }

// safeRun survives panicking hooks: "call to recover" in the closure.
func safeRun(hook func()) (ok bool) {
	defer func() { ok = recover() == nil }()
	hook()
	return true
}

// startFlusher launches a goroutine: "unhandled op GO".
func startFlusher(m *Metrics, done chan struct{}) {
	go func() { <-done; m.Inc() }()
}

// hashName is kept out of line on purpose: "marked go:noinline".
//
//go:noinline
func hashName(s string) uint32 {
	h := uint32(2166136261)
	for i := range s {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

var metrics Metrics // process-wide

func main() {
	done := make(chan struct{})
	startFlusher(&metrics, done)
	metrics.Inc()
	metrics.Hit()
	if !safeRun(metrics.Inc) || hashName("requests") == 0 {
		println("hook failed")
	}
	close(done)
}

// Package main: a log shipper that batches lines into a buffer before
// compressing and sending them.
package main

import "os"

// shipBatch uses a 16 MiB array as its batch buffer: a declared variable
// over 10 MiB is moved to the heap.
func shipBatch(lines []string) int {
	var batch [16 << 20]byte
	n := 0
	for _, l := range lines {
		n += copy(batch[n:], l)
	}
	return checksum(batch[:n])
}

// shipScratch allocates 1 MiB with make and a 1 MiB histogram with new:
// implicit allocations over 64 KiB go to the heap.
func shipScratch(lines []string) int {
	scratch := make([]byte, 1<<20)
	hist := new([1 << 17]int)
	n := 0
	for _, l := range lines {
		hist[len(l)%len(hist)]++
		n += copy(scratch[n:], l)
	}
	return checksum(scratch[:n]) + hist[0]
}

// Fixed: a 32 KiB buffer, flushed when full, fits in the stack frame.
func shipChunked(lines []string) int {
	buf := make([]byte, 32<<10)
	sum, n := 0, 0
	for _, l := range lines {
		if n+len(l) > len(buf) {
			sum += checksum(buf[:n])
			n = 0
		}
		n += copy(buf[n:], l)
	}
	return sum + checksum(buf[:n])
}

//go:noinline
func checksum(b []byte) int {
	s := 0
	for _, c := range b {
		s = s*31 + int(c)
	}
	return s
}

func main() {
	lines := os.Args[1:]
	os.Exit(shipBatch(lines) + shipScratch(lines) + shipChunked(lines))
}

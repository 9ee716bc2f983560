// Package main: per-line helpers in an access-log analyser.
package main

import (
	"os"
	"strconv"
	"strings"
)

// parseStatus returns the status after the 8th space of a log line. Just
// over the inlining budget: the hot loop in main pays a call per line.
func parseStatus(line string) int {
	for i, fields := 0, 0; i+3 < len(line); i++ {
		if line[i] == ' ' {
			fields++
		}
		if fields == 8 {
			d0, d1, d2 := line[i+1]-'0', line[i+2]-'0', line[i+3]-'0'
			if d0 > 9 || d1 > 9 || d2 > 9 {
				return -1
			}
			return int(d0)*100 + int(d1)*10 + int(d2)
		}
	}
	return -1
}

// Fixed: the same scan without digit validation (the writer guarantees
// three digits) fits in the budget and is inlined.
func parseStatusFast(line string) int {
	for i, fields := 0, 0; i+3 < len(line); i++ {
		if line[i] == ' ' {
			fields++
		}
		if fields == 8 {
			return int(line[i+1]-'0')*100 + int(line[i+2]-'0')*10 + int(line[i+3]-'0')
		}
	}
	return -1
}

// parseFields splits the whole line: far over the budget.
func parseFields(line string) (method, path string, status, size int) {
	if f := strings.Fields(line); len(f) >= 10 {
		method, path = strings.TrimPrefix(f[5], `"`), f[6]
		status, _ = strconv.Atoi(f[8])
		size, _ = strconv.Atoi(f[9])
	}
	return method, path, status, size
}

func main() {
	errs := 0
	for _, line := range os.Args[1:] { // hot loop: one call per line
		if _, _, st, _ := parseFields(line); st >= 500 || parseStatus(line) >= 500 || parseStatusFast(line) >= 500 {
			errs++
		}
	}
	os.Exit(errs)
}

// Package main: validating a listener configuration and reporting errors.
package main

import (
	"errors"
	"os"
)

// ValidationError describes a bad config field.
type ValidationError struct {
	Field  string
	Reason string
	Line   int
	Col    int
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Reason }

// validatePort returns a struct VALUE as an error: the 48-byte struct is
// copied into a heap box when converted to the error interface.
func validatePort(port, line, col int) error {
	if port <= 0 || port > 65535 {
		return ValidationError{Field: "port", Reason: "out of range", Line: line, Col: col}
	}
	return nil
}

// Limits is stored in an `any`-typed settings registry.
type Limits struct {
	MaxConns, MaxBody, MaxHeader int
}

var settings = map[string]any{}

func applyLimits(l Limits) {
	settings["limits"] = l
}

// ErrPortRange is allocated once at init.
var ErrPortRange = errors.New("port: out of range")

// Fixed: return a pre-allocated sentinel error; position details go to
// a caller-provided struct, so nothing is boxed per call.
func validatePortFixed(port, line, col int, detail *ValidationError) error {
	if port <= 0 || port > 65535 {
		detail.Line, detail.Col = line, col
		return ErrPortRange
	}
	return nil
}

func main() {
	applyLimits(Limits{MaxConns: 1024, MaxBody: 1 << 20, MaxHeader: 8 << 10})
	var detail ValidationError
	if validatePort(8080, 3, 7) != nil || validatePortFixed(8080, 3, 7, &detail) != nil {
		os.Exit(2)
	}
}

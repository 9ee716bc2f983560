// Package main: an audit recorder that buffers event fields as `any`
// until a background flusher writes them out.
package main

// Latency is a plain value type (no pointers to share).
type Latency struct {
	Route  string
	Millis int64
}

// pending is the process-wide audit buffer, drained by a flusher.
var pending []any

// defaultTags are attached to every request record.
var defaultTags = []string{"api", "v2"}

// record keeps v after it returns, so every non-pointer value passed
// in must be boxed on the heap by the caller.
//
//go:noinline
func record(v any) {
	pending = append(pending, v)
}

// recordRequest boxes an int, a struct and a slice header.
func recordRequest(status int, lat Latency, tags []string) {
	record(status)
	record(lat)
	record(tags)
}

// TypedEvent has one field per value: no interface conversion.
type TypedEvent struct {
	Status int
	Lat    Latency
}

var pendingTyped []TypedEvent

// Fixed: typed fields instead of `any`; nothing is boxed.
func recordRequestTyped(status int, lat Latency) {
	pendingTyped = append(pendingTyped, TypedEvent{Status: status, Lat: lat})
}

func main() {
	lat := Latency{Route: "/orders", Millis: 12}
	recordRequest(200, lat, defaultTags)
	recordRequestTyped(200, lat)
}

// Package main: a router that builds a route key per method, by
// concatenation inside a loop, when routes are registered.
package main

// Route is one registered route.
type Route struct {
	Method string
	Path   string
	Key    string
}

// routes is the global routing table.
var routes []Route

// addRoutes stores one route per method; the key of each is concatenated
// inside the loop, so every iteration allocates a new string on the heap.
// (One concatenation outside a loop, kept once, is the note single-concat:
// a new string costs that one allocation.)
func addRoutes(methods []string, path string) {
	for _, m := range methods {
		routes = append(routes, Route{Method: m, Path: path, Key: m + " " + path})
	}
}

// Fixed: the lookup builds the same key only to compare it, so the
// concatenation does not escape (the runtime uses a 32-byte stack buffer
// when the key fits).
func lookup(method, path string) int {
	for i := range routes {
		if routes[i].Key == method+" "+path {
			return i
		}
	}
	return -1
}

func main() {
	addRoutes([]string{"GET", "HEAD"}, "/api/users")
	if lookup("GET", "/api/users") < 0 {
		println("route not found")
	}
}

// Package main: a router that builds route keys from method, prefix and
// path when routes are registered.
package main

// Route is one registered route.
type Route struct {
	Method string
	Path   string
	Key    string
}

// routes is the global routing table.
var routes []Route

// register stores concatenated strings in the global table: each
// concatenation result escapes to the heap.
func register(method, prefix, path string) {
	full := prefix + "/" + path
	routes = append(routes, Route{
		Method: method,
		Path:   full,
		Key:    method + " " + full,
	})
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
	register("GET", "/api", "users")
	if lookup("GET", "/api/users") < 0 {
		println("route not found")
	}
}

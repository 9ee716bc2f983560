// Package main: an in-memory response cache keyed by request path.
package main

// Entry is one cached response.
type Entry struct {
	Body    []byte
	Status  int
	Expires int64
}

// Cache maps keys to pointers to entries.
type Cache struct {
	items map[string]*Entry
}

// NewCache pre-seeds the health-check response: a pointer in a map
// literal is stored in the map's heap storage too.
func NewCache() *Cache {
	health := Entry{Body: page, Status: 200}
	return &Cache{items: map[string]*Entry{"/healthz": &health}}
}

// Set stores the address of a local in the map: map contents live on
// the heap, so the entry is moved there, and the key is copied there.
func (c *Cache) Set(key string, body []byte, status int, exp int64) {
	e := Entry{Body: body, Status: status, Expires: exp}
	c.items[key] = &e
}

// ValueCache stores entries by value.
type ValueCache struct {
	items map[string]Entry
}

// Fixed: store the Entry value itself; no per-entry pointer allocation
// (the key and Body still end up in the map's heap storage).
func (c *ValueCache) Set(key string, body []byte, status int, exp int64) {
	c.items[key] = Entry{Body: body, Status: status, Expires: exp}
}

var page = []byte("<html>ok</html>")

func main() {
	c := NewCache()
	c.Set("/index", page, 200, 60)
	vc := ValueCache{items: make(map[string]Entry, 16)}
	vc.Set("/index", page, 200, 60)
	if len(c.items) != len(vc.items) {
		println("cache mismatch")
	}
}

// Package main: generic helpers used by an inventory service.
package main

// Product is a catalog entry.
type Product struct {
	Name string
	Qty  int
}

// Filter returns the elements of xs for which keep is true. The result
// slice is allocated in the shape instantiation Filter[go.shape.*uint8_0].
func Filter[T any](xs []T, keep func(T) bool) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Lazy memoises load (e.g. reading a config once). The returned closure
// captures v, done and the instantiation's dictionary (.dict).
func Lazy[T any](load func() T) func() T {
	var v T
	done := false
	return func() T {
		if !done {
			v, done = load(), true
		}
		return v
	}
}

type Number interface {
	~int | ~int64 | ~float64
}

// Fixed: a generic reduction that allocates nothing.
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var catalog = []*Product{{Name: "apple", Qty: 3}, {Name: "pear"}}

func inStock(p *Product) bool { return p.Qty > 0 }

func loadRegion() string { return "eu-west-1" }

func main() {
	avail := Filter(catalog, inStock)
	region := Lazy(loadRegion)
	if Sum([]int{len(avail), len(region())}) == 0 {
		println("empty inventory")
	}
}

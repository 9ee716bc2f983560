// Package main: building an order from checkout line items.
package main

// Item is one line of an order.
type Item struct {
	SKU   string
	Qty   int
	Cents int64
}

// Order collects pointers to its items.
type Order struct {
	Items []*Item
}

// Add appends the address of a local to a slice the Order keeps: the
// local is moved to the heap on every call.
func (o *Order) Add(sku string, qty int, cents int64) {
	it := Item{SKU: sku, Qty: qty, Cents: cents}
	o.Items = append(o.Items, &it)
}

// pointersTo appends pointers to the loop variable: it is moved to the
// heap (and, with Go 1.19 loop semantics, every pointer aliases it).
func pointersTo(items []Item) []*Item {
	var out []*Item
	for _, it := range items {
		out = append(out, &it)
	}
	return out
}

// ValueOrder stores items by value.
type ValueOrder struct {
	Items []Item
}

// Fixed: append the value; the slice's backing array holds the items and
// no per-item allocation is needed.
func (o *ValueOrder) Add(sku string, qty int, cents int64) {
	o.Items = append(o.Items, Item{SKU: sku, Qty: qty, Cents: cents})
}

func main() {
	var o Order
	o.Add("SKU-1", 2, 1999)
	var vo ValueOrder
	vo.Add("SKU-1", 2, 1999)
	if len(pointersTo(vo.Items)) != len(o.Items) {
		println("mismatch")
	}
}

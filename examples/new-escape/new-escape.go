// Package main: an LRU-ish linked list of recently used cache keys.
package main

// Node is one element of the recency list.
type Node struct {
	Key  string
	Next *Node
}

// List is a singly linked list.
type List struct {
	head *Node
	size int
}

// Push allocates with new and stores the node in the list through the
// receiver: it escapes by assignment, not by return.
func (l *List) Push(key string) {
	n := new(Node)
	n.Key = key
	n.Next = l.head
	l.head = n
	l.size++
}

// PushLit does the same with a composite literal.
func (l *List) PushLit(key string) {
	l.head = &Node{Key: key, Next: l.head}
	l.size++
}

// Fixed: a sentinel node used only during removal does not escape and
// lives on the stack.
func (l *List) Remove(key string) {
	dummy := &Node{Next: l.head}
	for p := dummy; p.Next != nil; p = p.Next {
		if p.Next.Key == key {
			p.Next = p.Next.Next
			l.size--
			break
		}
	}
	l.head = dummy.Next
}

var recent List

func main() {
	recent.Push("user:1")
	recent.PushLit("user:2")
	recent.Remove("user:1")
}

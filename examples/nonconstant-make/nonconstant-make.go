// Package main: hashing normalised header keys for a routing table.
package main

// fnv1a hashes b (32-bit FNV-1a).
func fnv1a(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// lower copies key into dst, ASCII-lowercased.
func lower(dst []byte, key string) {
	for i := 0; i < len(key) && i < len(dst); i++ {
		c := key[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
}

// headerHash sizes its scratch buffer from the input: the compiler
// cannot know the size, so the buffer goes to the heap even though it
// never leaves the function.
func headerHash(key string) uint32 {
	n := len(key)
	buf := make([]byte, n)
	lower(buf, key)
	return fnv1a(buf)
}

// Fixed: header names are short, so a constant-size scratch buffer is
// enough; it stays on the stack.
func headerHashFixed(key string) uint32 {
	buf := make([]byte, 64)
	n := len(key)
	if n > len(buf) {
		n = len(buf)
	}
	lower(buf, key)
	return fnv1a(buf[:n])
}

func main() {
	if headerHash("Content-Type") != headerHashFixed("Content-Type") {
		println("hash mismatch")
	}
}

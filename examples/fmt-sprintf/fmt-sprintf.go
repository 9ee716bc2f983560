// Package main: building upstream addresses for a connection pool.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// upstreamAddr formats host:port with fmt: host and port are boxed into
// interfaces and passed to fmt.Sprintf, which keeps them (call parameter).
func upstreamAddr(host string, port int) string {
	return fmt.Sprintf("%s:%d", host, port)
}

// Fixed: append into a caller-provided buffer with strconv; no boxing
// and no allocation when the buffer has room.
func appendUpstreamAddr(dst []byte, host string, port int) []byte {
	dst = append(dst, host...)
	dst = append(dst, ':')
	return strconv.AppendInt(dst, int64(port), 10)
}

func main() {
	addr := upstreamAddr("db.internal", 5432)

	var buf [64]byte
	b := appendUpstreamAddr(buf[:0], "db.internal", 5432)
	if string(b) != addr {
		os.Exit(1)
	}
}

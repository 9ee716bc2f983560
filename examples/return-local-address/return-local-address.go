// Package main: constructors for an HTTP-ish server config.
package main

import (
	"os"
	"time"
)

// Server holds listener settings.
type Server struct {
	Addr         string
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
	MaxConns     int
}

// NewServer builds the value in a local and returns its address, so the
// local outlives the call and is moved to the heap.
func NewServer(addr string) *Server {
	s := Server{
		Addr:         addr,
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
		MaxConns:     1024,
	}
	return &s
}

// Fixed: initialise caller-owned storage instead of returning a pointer
// to a local; the caller can keep the Server on its own stack.
func (s *Server) Init(addr string) {
	s.Addr = addr
	s.ReadTimeout = 5 * time.Second
	s.WriteTimeout = 10 * time.Second
	s.MaxConns = 1024
}

func main() {
	a := NewServer(":8080")
	var b Server
	b.Init(":8081")
	if a.MaxConns != b.MaxConns {
		os.Exit(1)
	}
}

// Package main: loading service configuration into a package-level
// default that the rest of the program reads.
package main

import (
	"os"
	"time"
)

// Config is the service configuration.
type Config struct {
	Addr    string
	Timeout time.Duration
	Debug   bool
}

// defaultConfig is read by every handler.
var defaultConfig *Config

// LoadDefaults publishes the address of a local in a global: the local
// must live on the heap.
func LoadDefaults() {
	cfg := Config{Addr: ":8080", Timeout: 5 * time.Second}
	cfg.applyEnv()
	defaultConfig = &cfg
}

// applyEnv only mutates through its receiver; it does not keep it.
func (c *Config) applyEnv() {
	if os.Getenv("DEBUG") != "" {
		c.Debug = true
	}
}

// defaultConfigValue holds the configuration by value.
var defaultConfigValue Config

// Fixed: copy the value into the global instead of publishing the
// local's address; cfg stays on the stack.
func LoadDefaultsValue() {
	cfg := Config{Addr: ":8080", Timeout: 5 * time.Second}
	cfg.applyEnv()
	defaultConfigValue = cfg
}

func main() {
	LoadDefaults()
	LoadDefaultsValue()
	if defaultConfig.Debug != defaultConfigValue.Debug {
		os.Exit(1)
	}
}

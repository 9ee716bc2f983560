// Package main: a health-check registry that stores callbacks.
package main

// Probe checks one dependency.
type Probe struct {
	Name     string
	Failures int
}

// Check reports whether the dependency is healthy.
func (p *Probe) Check() bool {
	return p.Failures < 3
}

// checks is the global callback registry polled by /healthz.
var checks []func() bool

// watchProbe stores the method value p.Check: the bound receiver
// needs a closure object, and it outlives the call.
func watchProbe(p *Probe) {
	checks = append(checks, p.Check)
}

// Fixed (call site): calling through a local method value that does not
// outlive the function needs no heap closure.
func checkNow(p *Probe) bool {
	check := p.Check
	return check()
}

// Fixed (registry): store the receiver and use a method expression
// ((*Probe).Check is a static function, not a closure).
var probes []*Probe

func watchProbeFixed(p *Probe) {
	probes = append(probes, p)
}

func healthy() bool {
	for _, p := range probes {
		if !(*Probe).Check(p) {
			return false
		}
	}
	return true
}

var db = &Probe{Name: "postgres"}

func main() {
	watchProbe(db)
	watchProbeFixed(db)
	if !healthy() || !checkNow(db) || !checks[0]() {
		println("unhealthy")
	}
}

// Package main: service metadata setters and accessors.
package main

// Meta describes the running service.
type Meta struct {
	Name    string
	Tags    []string
	Version *string
}

var current Meta // read by the /info handler

// SetName stores its argument in a global: leaking param: name.
func SetName(name string) { current.Name = name }

// SetTags stores the slice header; the backing array is shared.
func SetTags(tags []string) { current.Tags = tags }

// AddTags copies the elements: only what tags points to leaks.
func AddTags(tags []string) {
	current.Tags = append(current.Tags, tags...)
}

// orDefault returns one of its params: leaks to result ~r0 level=0.
func orDefault(v, def *string) *string {
	if v != nil {
		return v
	}
	return def
}

// firstTag returns an element read through the param: level=1.
func firstTag(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return tags[0]
}

// Fixed: only reads its param and keeps nothing: tags does not escape.
func hasTag(tags []string, t string) bool {
	for _, x := range tags {
		if x == t {
			return true
		}
	}
	return false
}

var fallback = "v0.0.0"

func main() {
	SetName("billing")
	SetTags([]string{"prod"})
	AddTags([]string{"eu"})
	current.Version = orDefault(nil, &fallback)
	if !hasTag(current.Tags, firstTag(current.Tags)) {
		println("no tags")
	}
}

// Package main: a session store that converts between the wire form
// ([]byte) and the stored form (string) of tokens.
package main

// Session is kept in the session table for the lifetime of a login.
type Session struct {
	Token []byte
	User  string
}

var sessions []Session

// openSession keeps both conversions: []byte(token) and string(user)
// are copied to the heap because the results are stored globally.
func openSession(token string, user []byte) {
	sessions = append(sessions, Session{
		Token: []byte(token),
		User:  string(user),
	})
}

// userKey returns a string built from a request buffer.
func userKey(raw []byte) string {
	return string(raw)
}

// Fixed: conversions used only for comparison or lookup do not escape;
// the compiler uses a temporary (stack) buffer or no copy at all.
func hasSession(raw []byte) bool {
	for i := range sessions {
		if sessions[i].User == string(raw) {
			return true
		}
	}
	return false
}

func tokenChecksum(token string) (sum byte) {
	for _, c := range []byte(token) {
		sum ^= c
	}
	return sum
}

var request = []byte("alice")

func main() {
	openSession("tok-123", request)
	if !hasSession(request) || tokenChecksum("tok-123") == 0 {
		println(userKey(request))
	}
}

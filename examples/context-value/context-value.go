// Package main: request-scoped values carried in a context.Context.
package main

import "context"

type ctxKey int

const requestIDKey ctxKey = 0

// User is the authenticated caller.
type User struct {
	ID   int64
	Name string
	Role string
}

type userKey struct{}

// withRequest stores a string and a User struct by value: both are boxed
// into interfaces that escape through context.WithValue. (requestIDKey
// is a constant: reported too, but boxed from read-only data.)
func withRequest(ctx context.Context, reqID string, u User) context.Context {
	ctx = context.WithValue(ctx, requestIDKey, reqID)
	return context.WithValue(ctx, userKey{}, u)
}

// Fixed: store a pointer (pointer-shaped: no box) to the User that the
// session cache already holds. The zero-size key is still reported as
// "userKey{} escapes to heap", but boxing it uses runtime.zerobase and
// allocates nothing (WithValue's own valueCtx is still allocated).
func withUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

var admin = &User{ID: 1, Name: "root", Role: "admin"}

func main() {
	ctx := withRequest(context.Background(), "req-42", *admin)
	ctx = withUser(ctx, admin)
	if ctx.Value(userKey{}) == nil {
		println("no user")
	}
}

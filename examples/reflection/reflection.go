// Package main: encoding API responses and validating structs with
// reflection.
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
)

// Status is the body of GET /status.
type Status struct {
	Service string `json:"service"`
	Healthy bool   `json:"healthy"`
	Uptime  int64  `json:"uptime"`
}

// writeStatus hands the struct value to json.Marshal: it is boxed into an
// interface and escapes via the call parameter.
func writeStatus(st Status) {
	body, _ := json.Marshal(st)
	os.Stdout.Write(body)
}

// fieldCount inspects a value with reflect.ValueOf, which also escapes.
func fieldCount(st Status) int {
	return reflect.ValueOf(st).NumField()
}

// Fixed: a hand-written encoder for this one hot type; no reflection, no
// interface boxing, output appended into a caller-provided buffer.
func appendStatus(dst []byte, st *Status) []byte {
	dst = append(dst, `{"service":`...)
	dst = strconv.AppendQuote(dst, st.Service)
	dst = append(dst, `,"healthy":`...)
	dst = strconv.AppendBool(dst, st.Healthy)
	dst = append(dst, `,"uptime":`...)
	dst = strconv.AppendInt(dst, st.Uptime, 10)
	return append(dst, '}')
}

func main() {
	st := Status{Service: "billing", Healthy: true, Uptime: 3600}
	writeStatus(st)
	var buf [128]byte
	os.Stdout.Write(appendStatus(buf[:0], &st))
	os.Exit(fieldCount(st) - 3)
}

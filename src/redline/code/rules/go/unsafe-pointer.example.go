package main

import "unsafe"

func view(b []byte) string {
	// ruleid: unsafe-pointer
	p := unsafe.Pointer(&b[0])
	// ok: unsafe-pointer
	s := string(b)
	_ = p
	return s
}

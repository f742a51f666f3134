package main

import (
	crand "crypto/rand"
	"math/rand"
)

func generateToken() string {
	letters := "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 16)
	for i := range b {
		// ruleid: math-rand-insecure
		b[i] = letters[rand.Intn(len(letters))]
	}
	key := make([]byte, 32)
	// ok: math-rand-insecure
	crand.Read(key)
	return string(b)
}

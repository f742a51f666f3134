package main

import (
	"crypto/dsa"
	"crypto/rand"
	"crypto/rsa"
)

func keys() {
	// ruleid: go-weak-key-size
	weak, _ := rsa.GenerateKey(rand.Reader, 1024)
	// ok: go-weak-key-size
	strong, _ := rsa.GenerateKey(rand.Reader, 3072)
	params := new(dsa.Parameters)
	// ruleid: go-weak-key-size
	dsa.GenerateParameters(params, rand.Reader, dsa.L1024N160)
	// ok: go-weak-key-size
	dsa.GenerateParameters(params, rand.Reader, dsa.L2048N256)
	_, _ = weak, strong
}

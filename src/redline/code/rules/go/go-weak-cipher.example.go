package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
)

func encrypt(key []byte) {
	// ruleid: go-weak-cipher
	block, _ := des.NewCipher(key[:8])
	// ruleid: go-weak-cipher
	stream, _ := rc4.NewCipher(key)
	// ok: go-weak-cipher
	good, _ := aes.NewCipher(key[:32])
	// ok: go-weak-cipher
	aead, _ := cipher.NewGCM(good)
	_, _, _ = block, stream, aead
}

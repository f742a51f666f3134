package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func encrypt(key, data []byte) ([]byte, []byte) {
	block, _ := aes.NewCipher(key[:16])
	// ruleid: go-static-iv
	iv := []byte{0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f}
	// ruleid: go-static-iv
	nonce := []byte("fixed-nonce!")
	// ok: go-static-iv
	freshIV := make([]byte, aes.BlockSize)
	io.ReadFull(rand.Reader, freshIV)
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, freshIV).CryptBlocks(out, data)
	_, _ = iv, nonce
	return out, freshIV
}

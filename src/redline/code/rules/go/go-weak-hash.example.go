package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

func fingerprint(cert string) string {
	// ruleid: go-weak-hash
	h := md5.New()
	h.Write([]byte(cert))
	// ruleid: go-weak-hash
	sum := sha1.Sum([]byte(cert))
	// ok: go-weak-hash
	good := sha256.Sum256([]byte(cert))
	return hex.EncodeToString(good[:]) + hex.EncodeToString(sum[:])
}

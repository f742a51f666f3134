package main

import (
	"crypto/rand"
	"crypto/sha256"

	"golang.org/x/crypto/pbkdf2"
)

func hash(password string) ([]byte, []byte) {
	// ruleid: go-constant-salt
	salt := []byte{0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07}
	weak := pbkdf2.Key([]byte(password), salt, 10000, 32, sha256.New)
	// ruleid: go-constant-salt
	pbkdf2.Key([]byte(password), []byte("static"), 10000, 32, sha256.New)
	// ok: go-constant-salt
	freshSalt := make([]byte, 32)
	rand.Read(freshSalt)
	return weak, pbkdf2.Key([]byte(password), freshSalt, 10000, 32, sha256.New)
}

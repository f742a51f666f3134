package main

import "golang.org/x/crypto/bcrypt"

func hash(pw string) {
	// ruleid: go-bcrypt-low-cost
	bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
	// ruleid: go-bcrypt-low-cost
	bcrypt.GenerateFromPassword([]byte(pw), 4)
	// ok: go-bcrypt-low-cost
	bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	// ok: go-bcrypt-low-cost
	bcrypt.GenerateFromPassword([]byte(pw), 12)
}

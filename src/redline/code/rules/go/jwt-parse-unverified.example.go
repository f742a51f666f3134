package main

import "github.com/golang-jwt/jwt/v5"

func claims(raw string, key []byte) (jwt.MapClaims, error) {
	// ruleid: jwt-parse-unverified
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	// ok: jwt-parse-unverified
	verified, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return key, nil })
	_ = tok
	return verified.Claims.(jwt.MapClaims), err
}

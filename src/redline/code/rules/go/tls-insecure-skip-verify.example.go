package main

import (
	"crypto/tls"
	"net/http"
)

func clients() {
	// ruleid: tls-insecure-skip-verify
	insecure := &tls.Config{InsecureSkipVerify: true}
	// ok: tls-insecure-skip-verify
	secure := &tls.Config{InsecureSkipVerify: false}
	tr := &http.Transport{TLSClientConfig: secure}
	// ruleid: tls-insecure-skip-verify
	tr.TLSClientConfig.InsecureSkipVerify = true
	_ = insecure
}

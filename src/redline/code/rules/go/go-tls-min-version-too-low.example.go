package main

import "crypto/tls"

func configs() {
	// ruleid: go-tls-min-version-too-low
	old := &tls.Config{MinVersion: tls.VersionTLS10}
	// ok: go-tls-min-version-too-low
	modern := &tls.Config{MinVersion: tls.VersionTLS12}
	_, _ = old, modern
}

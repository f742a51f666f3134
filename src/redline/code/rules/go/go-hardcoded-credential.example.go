package main

import "os"

// ruleid: go-hardcoded-credential
const dbPassword = "S3cr3t!2024"

type Config struct{ Password, User string }

func connect() Config {
	// ruleid: go-hardcoded-credential
	apiKey := "sk_live_51HxAbCdEf"
	// ok: go-hardcoded-credential
	password := os.Getenv("DB_PASSWORD")
	// ok: go-hardcoded-credential
	secret := ""
	_, _ = apiKey, secret
	// ruleid: go-hardcoded-credential
	return Config{Password: "hunter2hunter2", User: password}
}

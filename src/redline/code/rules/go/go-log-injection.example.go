package main

import (
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"
)

func buildAccessLog(user string) string {
	stamp := time.Now().Format(time.RFC3339)
	// ruleid: go-log-injection
	return fmt.Sprintf("[%s] login: %s", stamp, user)
}

func handleSearch(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-log-injection
	log.Printf("search for %s", r.URL.Query().Get("q"))
}

func noteUpload(name string) {
	// ruleid: go-log-injection
	log.Println("uploaded", name)
}

func buildCleanAccessLog(user string) string {
	user = strings.NewReplacer("\n", " ", "\r", " ").Replace(user)
	// ok: go-log-injection
	return fmt.Sprintf("[%s] login: %s", time.Now().Format(time.RFC3339), user)
}

func handleQuoted(w http.ResponseWriter, r *http.Request) {
	// ok: go-log-injection
	log.Printf("search for %q", r.URL.Query().Get("q"))
}

func greeting(name string) string {
	// ok: go-log-injection
	return fmt.Sprintf("Hello, %s", name)
}

package main

import (
	"net/http"
	"os"
)

func proxy(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go-ssrf
	resp, err := http.Get(target)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	// ruleid: go-ssrf
	http.NewRequest("GET", "https://"+r.FormValue("host")+"/status", nil)
	// ok: go-ssrf
	http.Get("https://api.example.com/status")
	// ok: go-ssrf
	http.Get(os.Args[1])
}

package main

import (
	"fmt"
	"html"
	"io"
	"net/http"
)

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-reflected-xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", name)
	// ruleid: go-reflected-xss
	w.Write([]byte("<p>" + r.FormValue("msg") + "</p>"))
	// ruleid: go-reflected-xss
	io.WriteString(w, name)
	// ok: go-reflected-xss
	fmt.Fprintf(w, "<h1>Hello %s</h1>", html.EscapeString(name))
	// ok: go-reflected-xss
	fmt.Fprintf(w, "<h1>Hello</h1>")
}

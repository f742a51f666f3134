package main

import (
	"net/http"
	// ruleid: text-template-for-html
	"text/template"
)

var page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))

func handler(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("q"))
}

// ok: text-template-for-html
var note = "text/template"

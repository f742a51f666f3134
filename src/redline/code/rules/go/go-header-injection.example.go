package main

import (
	"net/http"
	"strings"
)

func setLanguage(headers map[string]string, lang string) map[string]string {
	// ruleid: go-header-injection
	headers["Content-Language"] = lang
	return headers
}

func setDownloadName(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename="+r.URL.Query().Get("name"))
}

func setCleanLanguage(headers map[string]string, lang string) map[string]string {
	lang = strings.ReplaceAll(strings.ReplaceAll(lang, "\r", ""), "\n", "")
	// ok: go-header-injection
	headers["Content-Language"] = lang
	return headers
}

func setFixed(headers map[string]string) {
	// ok: go-header-injection
	headers["Cache-Control"] = "no-store"
}

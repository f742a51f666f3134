package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func readFromDir(dirPath, filename string) string {
	// ruleid: go-path-traversal
	filePath := filepath.Join(dirPath, filename)
	content, err := os.ReadFile(filePath)
	if err != nil {
		return ""
	}
	return string(content)
}

func serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	data, _ := os.ReadFile(filepath.Join("/srv/files", r.URL.Query().Get("name")))
	w.Write(data)
}

func readConfined(dirPath, filename string) string {
	// ok: go-path-traversal
	filePath := filepath.Join(dirPath, filename)
	real, err := filepath.EvalSymlinks(filePath)
	if err != nil || !strings.HasPrefix(real, dirPath) {
		return ""
	}
	content, _ := os.ReadFile(real)
	return string(content)
}

func readFixed() string {
	// ok: go-path-traversal
	content, _ := os.ReadFile(filepath.Join("/etc", "app.conf"))
	return string(content)
}

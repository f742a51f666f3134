package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

var allowedExt = map[string]bool{".png": true, ".jpg": true}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		return
	}
	defer file.Close()
	// ruleid: go-unrestricted-upload
	dst, _ := os.Create(filepath.Join("uploads", header.Filename))
	defer dst.Close()
	io.Copy(dst, file)
}

func uploadNamed(w http.ResponseWriter, r *http.Request) {
	_, header, _ := r.FormFile("doc")
	name := filepath.Base(header.Filename)
	// ruleid: go-unrestricted-upload
	out, _ := os.OpenFile("uploads/"+name, os.O_WRONLY|os.O_CREATE, 0o644)
	defer out.Close()
}

func ginUpload(c *gin.Context) {
	file, _ := c.FormFile("file")
	// ruleid: go-unrestricted-upload
	c.SaveUploadedFile(file, "uploads/"+file.Filename)
}

func uploadChecked(w http.ResponseWriter, r *http.Request) {
	file, header, _ := r.FormFile("file")
	defer file.Close()
	ext := strings.ToLower(filepath.Ext(header.Filename))
	if !allowedExt[ext] {
		http.Error(w, "unsupported type", http.StatusBadRequest)
		return
	}
	// ok: go-unrestricted-upload
	dst, _ := os.Create(filepath.Join("uploads", uuid.NewString()+ext))
	defer dst.Close()
	io.Copy(dst, file)
}

func uploadGenerated(w http.ResponseWriter, r *http.Request) {
	file, _, _ := r.FormFile("file")
	defer file.Close()
	// ok: go-unrestricted-upload
	dst, _ := os.Create(filepath.Join("uploads", uuid.NewString()+".bin"))
	defer dst.Close()
	io.Copy(dst, file)
}

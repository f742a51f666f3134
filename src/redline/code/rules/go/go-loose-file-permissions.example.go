package main

import "os"

func write(path string, data []byte) {
	// ruleid: go-loose-file-permissions
	os.WriteFile(path, data, 0666)
	// ruleid: go-loose-file-permissions
	os.Chmod(path, 0777)
	// ok: go-loose-file-permissions
	os.WriteFile(path, data, 0644)
	// ok: go-loose-file-permissions
	os.MkdirAll(path, 0755)
}

func saveSecretFile(path string, secret []byte) {
	// ruleid: go-loose-file-permissions
	f, _ := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0640)
	// ok: go-loose-file-permissions
	g, _ := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0600)
	f.Write(secret)
	g.Write(secret)
}

package main

import (
	"net/http"
	"os/exec"
)

func run(w http.ResponseWriter, r *http.Request) {
	tool := r.URL.Query().Get("tool")
	// ruleid: exec-command-from-request
	exec.Command(tool, "--version").Run()
	// ok: exec-command-from-request
	exec.Command("git", "log", tool).Run()
	bin := "/usr/bin/uptime"
	// ok: exec-command-from-request
	exec.Command(bin).Run()
}

func runBinary(path string) error {
	// ruleid: exec-command-from-request
	return exec.Command(path).Run()
}

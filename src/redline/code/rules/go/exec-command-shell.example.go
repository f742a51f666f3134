package main

import (
	"fmt"
	"os/exec"
)

func listDir(dir string) ([]byte, error) {
	command := fmt.Sprintf("ls -l %s", dir)
	// ruleid: exec-command-shell
	out, err := exec.Command("sh", "-c", command).Output()
	// ruleid: exec-command-shell
	exec.Command("/bin/bash", "-c", "grep "+dir+" /var/log/app.log").Run()
	// ok: exec-command-shell
	exec.Command("ls", "-l", dir).Output()
	// ok: exec-command-shell
	exec.Command("sh", "-c", "ls -l /tmp | wc -l").Output()
	return out, err
}

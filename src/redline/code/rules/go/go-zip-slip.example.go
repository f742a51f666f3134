package main

import (
	"archive/tar"
	"io"
	"os"
	"path/filepath"
)

func extract(tr *tar.Reader, dest string) error {
	for {
		header, err := tr.Next()
		if err != nil {
			return err
		}
		// ruleid: go-zip-slip
		target := filepath.Join(dest, header.Name)
		f, err := os.Create(target)
		if err != nil {
			return err
		}
		io.Copy(f, tr)
		f.Close()
		// ok: go-zip-slip
		marker := filepath.Join(dest, "done")
		_ = marker
	}
}

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestCompress(t *testing.T) {
	dir := t.TempDir()
	data := []byte(strings.Repeat("futurescope ", 500))
	for name, d := range map[string][]byte{"a.wasm": data, "b.js": data, "small.css": []byte("x"), "c.png": data} {
		if err := os.WriteFile(filepath.Join(dir, name), d, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := list(dir, 1024)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || filepath.Base(files[0]) != "a.wasm" || filepath.Base(files[1]) != "b.js" {
		t.Fatalf("list = %v, want a.wasm and b.js", files)
	}
	brotli, _ := exec.LookPath("brotli")
	for _, f := range files {
		if err := compress(f, brotli); err != nil {
			t.Fatal(err)
		}
		if got := gunzip(t, f+".gz"); !bytes.Equal(got, data) {
			t.Errorf("%s.gz does not decompress to the file", f)
		}
		if brotli != "" && !fresh(f, f+".br") {
			t.Errorf("%s.br was not written", f)
		}
		for _, c := range []string{f + ".gz", f + ".br"} {
			if info, err := os.Stat(c); err == nil && info.Mode().Perm() != 0o644 {
				t.Errorf("%s has mode %v, want the file's -rw-r--r--: a static host could not read it", c, info.Mode().Perm())
			}
		}
	}
	// A copy older than its file is redone; a fresh one is kept.
	gz := files[0] + ".gz"
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(gz, old, old); err != nil {
		t.Fatal(err)
	}
	if fresh(files[0], gz) {
		t.Errorf("a copy older than its file counts as fresh")
	}
	if err := compress(files[0], ""); err != nil || !fresh(files[0], gz) {
		t.Errorf("compress did not redo a stale copy (%v)", err)
	}
}

func gunzip(t *testing.T, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

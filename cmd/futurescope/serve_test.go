package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/web/site"
)

func TestServeNeedsABuiltSite(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"serve", "--dir", t.TempDir(), "--addr", "127.0.0.1:0"}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "is not a built site") || !strings.Contains(stderr.String(), "make web") {
		t.Errorf("serve of an empty folder: exit %d, stderr %q; want 1 and a hint to run make web", code, stderr.String())
	}
	if code := run([]string{"serve", "extra"}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("serve with an argument: exit %d, want 2", code)
	}
}

func TestServeUntil(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"index.html", "runner.wasm", "wasm_exec.js", "app.js"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, ln, site.Handler(os.DirFS(dir))) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/runner.wasm")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "runner.wasm" || resp.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("GET /runner.wasm: %q, %s", body, resp.Header.Get("Content-Type"))
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serveUntil after cancel: %v", err)
	}
}

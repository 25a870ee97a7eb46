package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"testing/fstest"
	"time"
)

func TestHandler(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":     {Data: []byte("<!doctype html>")},
		"runner.wasm":    {Data: []byte("\x00asm raw")},
		"runner.wasm.gz": {Data: []byte("gz")},
		"runner.wasm.br": {Data: []byte("br")},
		"app.js":         {Data: []byte("js")},
		"app.js.gz":      {Data: []byte("jsgz")},
		"sub/x.css":      {Data: []byte("css")},
		"new.js":         {Data: []byte("new"), ModTime: time.Unix(2000, 0)},
		"new.js.br":      {Data: []byte("stale"), ModTime: time.Unix(1000, 0)},
	}
	tests := []struct {
		method, path, accept string
		status               int
		typ, encoding, body  string
	}{
		{"GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html>"},
		{"GET", "/runner.wasm", "gzip, deflate, br", 200, "application/wasm", "br", "br"},
		{"GET", "/runner.wasm", "gzip", 200, "application/wasm", "gzip", "gz"},
		{"GET", "/runner.wasm", "br;q=0, gzip", 200, "application/wasm", "gzip", "gz"},
		{"GET", "/runner.wasm", "", 200, "application/wasm", "", "\x00asm raw"},
		{"GET", "/app.js", "br, gzip", 200, "text/javascript; charset=utf-8", "gzip", "jsgz"},
		{"GET", "/sub/x.css", "br", 200, "text/css; charset=utf-8", "", "css"},
		{"GET", "/new.js", "br", 200, "text/javascript; charset=utf-8", "", "new"}, // its copy is stale
		{"HEAD", "/app.js", "", 200, "text/javascript; charset=utf-8", "", ""},
		{"GET", "/../../etc/passwd", "", 404, "", "", ""},
		{"GET", "/sub", "", 404, "", "", ""},
		{"GET", "/nope.js", "", 404, "", "", ""},
		{"POST", "/", "", 405, "", "", ""},
	}
	h := Handler(fsys)
	for _, tt := range tests {
		r := httptest.NewRequest(tt.method, tt.path, nil)
		if tt.accept != "" {
			r.Header.Set("Accept-Encoding", tt.accept)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		body, _ := io.ReadAll(w.Result().Body)
		name := tt.method + " " + tt.path + " (" + tt.accept + ")"
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d", name, w.Code, tt.status)
			continue
		}
		if tt.status != http.StatusOK {
			continue
		}
		if got := w.Header().Get("Content-Type"); got != tt.typ {
			t.Errorf("%s: Content-Type %q, want %q", name, got, tt.typ)
		}
		if got := w.Header().Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.encoding)
		}
		if string(body) != tt.body {
			t.Errorf("%s: body %q, want %q", name, body, tt.body)
		}
	}
}

func TestCheck(t *testing.T) {
	if err := Check(fstest.MapFS{"index.html": {}}); err == nil || err.Error() != "no runner.wasm, draw.wasm, compare.wasm, wasm_exec.js, app.js" {
		t.Errorf("Check of a partial site: %v", err)
	}
	full := fstest.MapFS{"index.html": {}, "runner.wasm": {}, "draw.wasm": {}, "compare.wasm": {}, "wasm_exec.js": {}, "app.js": {}}
	if err := Check(full); err != nil {
		t.Errorf("Check of a built site: %v", err)
	}
	// A site built before compare.wasm existed cannot compare: it is no built site.
	delete(full, "compare.wasm")
	if err := Check(full); err == nil || err.Error() != "no compare.wasm" {
		t.Errorf("Check of a site without compare.wasm: %v", err)
	}
	// Nor can a site built before draw.wasm existed draw a picture or export.
	full["compare.wasm"] = &fstest.MapFile{}
	delete(full, "draw.wasm")
	if err := Check(full); err == nil || err.Error() != "no draw.wasm" {
		t.Errorf("Check of a site without draw.wasm: %v", err)
	}
}

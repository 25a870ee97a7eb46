package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http/httptest"
	"strconv"
	"testing"
	"testing/fstest"
	"time"
)

// TestGzipOnTheFly checks that a big text or wasm file with no precompressed copy is sent gzipped
// with its own size beside it, again after it changes, and that other files and browsers that do not
// take gzip get the file as it is.
func TestGzipOnTheFly(t *testing.T) {
	wasm := bytes.Repeat([]byte("\x00asm timeline "), 4000)
	fsys := fstest.MapFS{
		"timeline.wasm": {Data: wasm, ModTime: time.Unix(1000, 0)},
		"picture.png":   {Data: bytes.Repeat([]byte("png"), 1000)},
		"small.js":      {Data: []byte("let x = 1;")},
	}
	h := Handler(fsys)
	get := func(name, accept string) (body []byte, encoding, decoded string) {
		r := httptest.NewRequest("GET", "/"+name, nil)
		r.Header.Set("Accept-Encoding", accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Fatalf("GET %s: status %d", name, w.Code)
		}
		return w.Body.Bytes(), w.Header().Get("Content-Encoding"), w.Header().Get("X-Decoded-Length")
	}
	gunzip := func(b []byte) []byte {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for range 2 {
		body, enc, dec := get("timeline.wasm", "gzip, deflate, br")
		if enc != "gzip" || len(body) >= len(wasm)/4 || !bytes.Equal(gunzip(body), wasm) {
			t.Errorf("timeline.wasm: %d bytes as %q, want its gzip copy (of %d bytes)", len(body), enc, len(wasm))
		}
		if dec != strconv.Itoa(len(wasm)) {
			t.Errorf("timeline.wasm: X-Decoded-Length %q, want %d", dec, len(wasm))
		}
	}
	changed := append(bytes.Repeat([]byte("changed "), 500), wasm...)
	fsys["timeline.wasm"] = &fstest.MapFile{Data: changed, ModTime: time.Unix(2000, 0)}
	if body, _, _ := get("timeline.wasm", "gzip"); !bytes.Equal(gunzip(body), changed) {
		t.Error("timeline.wasm changed, but its old gzip copy was sent")
	}
	if body, enc, _ := get("timeline.wasm", "br"); enc != "" || !bytes.Equal(body, changed) {
		t.Errorf("a browser taking only br got %q: want the file as it is", enc)
	}
	for _, name := range []string{"picture.png", "small.js"} {
		if _, enc, _ := get(name, "gzip"); enc != "" {
			t.Errorf("%s sent as %q: want it as it is", name, enc)
		}
	}
}

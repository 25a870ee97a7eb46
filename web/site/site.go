// Package site serves a built playground (the folder make web writes, web/dist) over HTTP: static
// files only, with the types browsers insist on (application/wasm for WebAssembly, so that it
// compiles while it downloads) and, where the folder holds a precompressed copy (FILE.br, FILE.gz)
// no older than the file and the browser accepts it, that copy with its Content-Encoding. A text or
// WebAssembly file with no such copy is gzipped on the fly at gzip's fastest level, once per version
// (make serve skips make web's slow brotli pass). A compressed body comes with X-Decoded-Length, the
// file's own size, so that the page can count a download's progress.
//
// It serves nothing outside the folder, lists no directories and never writes a file.
package site

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// encodings are the precompressed forms a site may hold, best first: the file's name suffix and the
// Content-Encoding it is served with.
var encodings = []struct{ suffix, name string }{{".br", "br"}, {".gz", "gzip"}}

// types fixes the Content-Type of the files a site holds, whatever the system's MIME tables say.
var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".png":  "image/png",
}

// Handler serves the built site in fsys.
func Handler(fsys fs.FS) http.Handler {
	gz := newGzipCache()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		serve(w, r, fsys, gz, name)
	})
}

// serve writes the file name, or its best precompressed copy the request accepts, or a gzip copy
// made on the fly.
func serve(w http.ResponseWriter, r *http.Request, fsys fs.FS, gz *gzipCache, name string) {
	info, err := fs.Stat(fsys, name)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	file := name
	for _, e := range encodings {
		if accepts(r, e.name) && freshCopy(fsys, name+e.suffix, info) {
			file = name + e.suffix
			h.Set("Content-Encoding", e.name)
			break
		}
	}
	if file == name && worth(name, info.Size()) && accepts(r, "gzip") {
		if data := gz.get(fsys, name, info); data != nil {
			h.Set("Content-Encoding", "gzip")
			h.Set("X-Decoded-Length", strconv.FormatInt(info.Size(), 10))
			http.ServeContent(w, r, name, info.ModTime(), bytes.NewReader(data))
			return
		}
	}
	if file != name {
		h.Set("X-Decoded-Length", strconv.FormatInt(info.Size(), 10))
	}
	f, err := fsys.Open(file)
	if err != nil {
		http.Error(w, "cannot open "+name, http.StatusInternalServerError)
		return
	}
	defer f.Close()
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		http.Error(w, "cannot seek "+name, http.StatusInternalServerError)
		return
	}
	// The modification time of the original, so that its precompressed copies share its validators.
	http.ServeContent(w, r, name, info.ModTime(), rs)
}

// contentType returns the Content-Type of the file name.
func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// accepts reports whether the request's Accept-Encoding allows coding (q=0 refuses it).
func accepts(r *http.Request, coding string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		c, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(c), coding) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// freshCopy reports whether the precompressed copy name exists and is no older than the original: a
// build that rewrote the original without compressing it again leaves a stale copy, never served.
func freshCopy(fsys fs.FS, name string, original fs.FileInfo) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.IsDir() && !info.ModTime().Before(original.ModTime())
}

func exists(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.IsDir()
}

// Check reports whether fsys looks like a built site: it has index.html, its script, Go's
// wasm_exec.js, runner.wasm, draw.wasm (pictures and exports) and compare.wasm (the comparison with a
// recorded run), the last two loaded on first use.
func Check(fsys fs.FS) error {
	var missing []string
	for _, name := range []string{"index.html", "runner.wasm", "draw.wasm", "compare.wasm", "wasm_exec.js", "app.js"} {
		if !exists(fsys, name) {
			missing = append(missing, name)
		}
	}
	if missing != nil {
		return errors.New("no " + strings.Join(missing, ", "))
	}
	return nil
}

package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"path"
	"sync"
	"time"
)

// compressible are the kinds of file worth compressing: text and WebAssembly (images and fonts in
// the site are compressed already).
var compressible = map[string]bool{".html": true, ".js": true, ".css": true, ".wasm": true, ".json": true, ".svg": true}

// minCompress is the smallest file compressed on the fly: below it, headers outweigh the saving.
const minCompress = 1024

// A gzipCache compresses, on first request, the files a site holds no fresh precompressed copy of,
// with gzip's fastest level, and keeps the result while the file is unchanged. make serve relies on
// it: it skips make web's slow brotli pass (tools/precompress), and a first request of timeline.wasm
// costs about a quarter of a second.
type gzipCache struct {
	mu      sync.Mutex
	entries map[string]*gzipEntry
}

// A gzipEntry is one file's compressed copy, made once.
type gzipEntry struct {
	once    sync.Once
	modTime time.Time
	size    int64
	data    []byte // nil when the file could not be read
}

func newGzipCache() *gzipCache {
	return &gzipCache{entries: map[string]*gzipEntry{}}
}

// worth reports whether a file of this name and size is compressed on the fly.
func worth(name string, size int64) bool {
	return size >= minCompress && compressible[path.Ext(name)]
}

// get returns the gzip copy of the file name (info its FileInfo), made at the first call for this
// version of the file, or nil if it cannot be read.
func (c *gzipCache) get(fsys fs.FS, name string, info fs.FileInfo) []byte {
	c.mu.Lock()
	e := c.entries[name]
	if e == nil || !e.modTime.Equal(info.ModTime()) || e.size != info.Size() {
		e = &gzipEntry{modTime: info.ModTime(), size: info.Size()}
		c.entries[name] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return
		}
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
		if _, err := w.Write(raw); err != nil {
			return
		}
		if w.Close() == nil {
			e.data = b.Bytes()
		}
	})
	return e.data
}

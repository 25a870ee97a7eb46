package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An entry is one tarball entry: a file, or with link set a symlink to it.
type entry struct{ name, body, link string }

// tarball returns a gzipped tarball of entries and its npm integrity string.
func tarball(t *testing.T, entries ...entry) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o755, Size: int64(len(e.body)), Typeflag: tar.TypeReg}
		if e.link != "" {
			h = &tar.Header{Name: e.name, Mode: 0o777, Linkname: e.link, Typeflag: tar.TypeSymlink}
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(tw, e.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512(buf.Bytes())
	return buf.Bytes(), "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// registry serves files by URL path and records the paths asked for.
func registry(t *testing.T, files map[string][]byte) (*httptest.Server, *[]string) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		data, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv, &asked
}

// writeLock writes a package-lock.json whose packages are the given entries' JSON, by key.
func writeLock(t *testing.T, dir string, pkgs map[string]string) string {
	t.Helper()
	var parts []string
	for key, p := range pkgs {
		parts = append(parts, fmt.Sprintf("%q: %s", key, p))
	}
	lock := filepath.Join(dir, "package-lock.json")
	text := `{"lockfileVersion": 3, "packages": {"": {}, ` + strings.Join(parts, ", ") + `}}`
	if err := os.WriteFile(lock, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return lock
}

func TestInstall(t *testing.T) {
	view, viewSum := tarball(t, entry{name: "package/package.json", body: `{"version": "6.1.0"}`},
		entry{name: "package/dist/index.js", body: "export const x = 1;"})
	crelt, creltSum := tarball(t, entry{name: "package/package.json", body: `{"version": "1.0.7"}`})
	srv, asked := registry(t, map[string][]byte{
		"/@codemirror/view/-/view-6.1.0.tgz": view,
		"/crelt/-/crelt-1.0.7.tgz":           crelt,
	})
	dir := t.TempDir()
	lock := writeLock(t, dir, map[string]string{
		"node_modules/@codemirror/view":   fmt.Sprintf(`{"version": "6.1.0", "integrity": %q}`, viewSum),
		"node_modules/crelt":              fmt.Sprintf(`{"version": "1.0.7", "integrity": %q}`, creltSum),
		"node_modules/esbuild":            `{"version": "0.28.2", "integrity": "sha512-x", "dev": true}`,
		"node_modules/@esbuild/linux-x64": `{"version": "0.28.2", "integrity": "sha512-x", "dev": true, "optional": true}`,
	})
	modules := filepath.Join(dir, "node_modules")
	var log bytes.Buffer
	if err := newFetcher(srv.URL+"/", &log).install(lock, modules); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(*asked, " "), "/@codemirror/view/-/view-6.1.0.tgz /crelt/-/crelt-1.0.7.tgz"; got != want {
		t.Errorf("asked for %s, want %s", got, want)
	}
	if got, want := log.String(), "web: fetched @codemirror/view@6.1.0\nweb: fetched crelt@1.0.7\n"; got != want {
		t.Errorf("log = %q, want %q", got, want)
	}
	js := filepath.Join(modules, "@codemirror", "view", "dist", "index.js")
	if fi, err := os.Stat(js); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("%s: %v, %v; want a file of mode 0644", js, fi, err)
	}

	// A second run finds both installed; one of another version is fetched again.
	os.WriteFile(filepath.Join(modules, "crelt", "package.json"), []byte(`{"version": "1.0.6"}`), 0o644)
	*asked, log = nil, bytes.Buffer{}
	if err := newFetcher(srv.URL, &log).install(lock, modules); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(*asked, " "), "/crelt/-/crelt-1.0.7.tgz"; got != want {
		t.Errorf("second run asked for %q, want %q", got, want)
	}
}

func TestFetchRefuses(t *testing.T) {
	good, goodSum := tarball(t, entry{name: "package/package.json", body: `{"version": "1.0.0"}`})
	_, otherSum := tarball(t, entry{name: "package/package.json", body: `{"version": "2.0.0"}`})
	escape, escapeSum := tarball(t, entry{name: "package/../../evil.js", body: "x"})
	link, linkSum := tarball(t, entry{name: "package/passwd", link: "/etc/passwd"})
	srv, _ := registry(t, map[string][]byte{
		"/good/-/good-1.0.0.tgz":     good,
		"/escape/-/escape-1.0.0.tgz": escape,
		"/link/-/link-1.0.0.tgz":     link,
	})
	tests := []struct {
		name, integrity, want string
	}{
		{"good", otherSum, "integrity mismatch"},
		{"good", "sha1-abc", "no sha512 hash"},
		{"escape", escapeSum, "path leaves the package"},
		{"link", linkSum, "not a file or folder"},
		{"missing", goodSum, "404 Not Found"},
	}
	for _, tt := range tests {
		dir := filepath.Join(t.TempDir(), "node_modules", tt.name)
		m := module{name: tt.name, version: "1.0.0", integrity: tt.integrity, dir: tt.name}
		err := newFetcher(srv.URL, io.Discard).fetch(m, dir)
		url := fmt.Sprintf("%s/%s/-/%s-1.0.0.tgz", srv.URL, tt.name, tt.name)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), url) {
			t.Errorf("fetch %s (%s) = %v, want an error naming %s and saying %q", tt.name, tt.integrity, err, url, tt.want)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("fetch %s left %s behind", tt.name, dir)
		}
	}
	if _, err := os.Stat(filepath.Join(os.TempDir(), "evil.js")); err == nil {
		t.Error("evil.js was written outside the package")
	}
}

func TestEntryPath(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"package/index.js", "index.js", true},
		{"package/dist/a/../b.js", "dist/b.js", true},
		{"package/", "", true},
		{"package", "", true},
		{"other-root/index.js", "index.js", true},
		{"package/../x.js", "", false},
		{"package/a/../../../x.js", "", false},
		{"/etc/passwd", "", false},
		{`package/..\x.js`, "", false},
	}
	for _, tt := range tests {
		got, err := entryPath(tt.name)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("entryPath(%q) = %q, %v; want %q, ok %v", tt.name, got, err, tt.want, tt.ok)
		}
	}
}

func TestTarballURL(t *testing.T) {
	f := newFetcher("", io.Discard)
	tests := []struct{ name, want string }{
		{"crelt", "https://registry.npmjs.org/crelt/-/crelt-1.0.7.tgz"},
		{"@codemirror/view", "https://registry.npmjs.org/@codemirror/view/-/view-1.0.7.tgz"},
	}
	for _, tt := range tests {
		if got := f.tarballURL(module{name: tt.name, version: "1.0.7"}); got != tt.want {
			t.Errorf("tarballURL(%s) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

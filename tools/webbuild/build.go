package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/evanw/esbuild/pkg/api"
)

// siteFiles are the files the page loads, which the service worker keeps for offline use (those the
// build has): the shell at once, runner.wasm, draw.wasm, compare.wasm and unicode-names.txt (the names
// of \N{name}, which runner.wasm fetches for a script that uses one) once the page has fetched them
// (web/src/sw.js).
var siteFiles = []string{"index.html", "style.css", "app.js", "worker.js", "wasm_exec.js", "runner.wasm",
	"draw.wasm", "compare.wasm", "timeline.html", "timeline.js", "timeline.wasm", "unicode-names.txt"}

// bundleOptions returns esbuild's options for entry points of web/src, written into out.
func bundleOptions(web, out string, entries ...string) api.BuildOptions {
	var paths []string
	for _, e := range entries {
		paths = append(paths, filepath.Join(web, "src", e+".js"))
	}
	return api.BuildOptions{
		EntryPoints:       paths,
		Outdir:            out,
		Bundle:            true,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Format:            api.FormatIIFE,
		Engines: []api.Engine{
			{Name: api.EngineChrome, Version: "100"},
			{Name: api.EngineFirefox, Version: "100"},
			{Name: api.EngineSafari, Version: "16"},
		},
		LegalComments: api.LegalCommentsEndOfFile,
		LogLevel:      api.LogLevelWarning,
		Write:         true,
	}
}

// build bundles web's page into out and copies web/static there, then writes the service worker.
func build(web, out string, log io.Writer) error {
	web, err := filepath.Abs(web)
	if err != nil {
		return err
	}
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := copyDir(filepath.Join(web, "static"), out); err != nil {
		return err
	}
	if err := bundle(bundleOptions(web, out, "app", "worker", "timeline"), log); err != nil {
		return err
	}
	var assets []string
	for _, name := range siteFiles {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			assets = append(assets, name)
		}
	}
	course, err := courseFiles(out)
	if err != nil {
		return err
	}
	if len(course) == 0 {
		fmt.Fprintf(log, "web: no course in %s yet: the page has no lessons (make web-files writes them, go run ./cmd/wasm/runner -site)\n", out)
	}
	assets = append(assets, course...)
	// The modules written in Python (pylib/…/*.py, which make web-files copies), fetched by runner.wasm
	// when a script imports one.
	pylib, err := dirFiles(out, "pylib", ".py")
	if err != nil {
		return err
	}
	assets = append(assets, pylib...)
	for _, name := range []string{"runner.wasm", "wasm_exec.js"} {
		if !slices.Contains(assets, name) {
			fmt.Fprintf(log, "web: no %s in %s yet: the offline copy will lack it (make web adds it)\n", name, out)
		}
	}
	version, err := buildVersion(out, assets)
	if err != nil {
		return err
	}
	sw := bundleOptions(web, out, "sw")
	sw.Define = map[string]string{"BUILD_VERSION": jsonString(version), "BUILD_ASSETS": jsonString(assets)}
	if err := bundle(sw, log); err != nil {
		return err
	}
	fmt.Fprintf(log, "web: build %s, %d files kept offline\n", version, len(assets))
	return nil
}

// bundle runs esbuild and reports each file it wrote, with its size. esbuild prints its own errors
// and warnings (file:line:col), so the error says only how many there were.
func bundle(opts api.BuildOptions, log io.Writer) error {
	res := api.Build(opts)
	if len(res.Errors) > 0 {
		return fmt.Errorf("bundle: esbuild found %d error(s), above", len(res.Errors))
	}
	for _, f := range res.OutputFiles {
		fmt.Fprintf(log, "web: %s %.0f KiB\n", filepath.Base(f.Path), math.Round(float64(len(f.Contents))/1024))
	}
	return nil
}

// buildVersion hashes the names and contents of the files of dir: any change makes a new version.
func buildVersion(dir string, names []string) (string, error) {
	h := sha256.New()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return "", err
		}
		h.Write([]byte(name + "\x00"))
		h.Write(data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// courseFiles lists the course's files in out (course/…/*.json, which cmd/wasm/runner writes), as
// URLs relative to the site, in lexical order.
func courseFiles(out string) ([]string, error) {
	return dirFiles(out, "course", ".json")
}

// dirFiles lists the files of out/dir whose names end in ext, as URLs relative to the site, in
// lexical order; none when out/dir does not exist.
func dirFiles(out, dir, ext string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(filepath.Join(out, dir), func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return fs.SkipAll
		}
		if err != nil || d.IsDir() || filepath.Ext(p) != ext {
			return err
		}
		rel, err := filepath.Rel(out, p)
		names = append(names, filepath.ToSlash(rel))
		return err
	})
	return names, err
}

// copyDir copies the files of src into dst, folders included, replacing files of the same name.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// jsonString returns v as JSON, as JavaScript's JSON.stringify writes it.
func jsonString(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}

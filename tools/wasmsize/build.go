package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
)

// build links pkg for GOOS=js GOARCH=wasm into out with the given -ldflags.
func build(pkg, out, ldflags string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags="+ldflags, "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("wasmsize: go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// pkgData is the data one package's compiled object holds, by kind, in bytes.
type pkgData struct {
	path   string
	dir    string   // the package's source directory
	embeds []string // the files it embeds, relative to dir
	kinds  map[string]int
	total  int
}

// dataKinds orders the kinds of data objectData tells apart.
var dataKinds = []string{"types", "strings", "embedded", "tables", "other"}

// objectData reads the data symbols of every package pkg depends on from their compiled objects.
func objectData(pkg string) ([]pkgData, error) {
	cmd := exec.Command("go", "list", "-deps", "-export", "-f", "{{.ImportPath}}\t{{.Export}}\t{{.Dir}}\t{{range .EmbedFiles}}{{.}},{{end}}", pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("wasmsize: go list: %v", err)
	}
	var all []pkgData
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 4 || f[1] == "" {
			continue
		}
		embeds := strings.FieldsFunc(f[3], func(r rune) bool { return r == ',' })
		d, err := readObject(f[0], f[1], len(embeds) > 0)
		if err != nil {
			return nil, err
		}
		d.dir, d.embeds = f[2], embeds
		all = append(all, d)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].total != all[j].total {
			return all[i].total > all[j].total
		}
		return all[i].path < all[j].path
	})
	return all, nil
}

// readObject sums the data symbols of one compiled package by kind. Data of 1 KB or more that is not
// type metadata, in a package that embeds files, counts as embedded.
func readObject(path, export string, embeds bool) (pkgData, error) {
	d := pkgData{path: path, kinds: map[string]int{}}
	out, err := exec.Command("go", "tool", "nm", "-size", export).Output()
	if err != nil {
		return d, fmt.Errorf("wasmsize: go tool nm %s: %v", path, err)
	}
	for _, line := range bytes.Split(out, []byte("\n")) {
		f := strings.Fields(string(line))
		if len(f) < 4 || (f[2] != "R" && f[2] != "D") {
			continue
		}
		size, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		name := f[3]
		kind := "other"
		switch {
		case strings.HasPrefix(name, "type:") || strings.HasPrefix(name, "go:itab.") || strings.HasPrefix(name, "go:type"):
			kind = "types"
		case embeds && size >= 1024:
			kind = "embedded"
		case strings.HasPrefix(name, "go:string."):
			kind = "strings"
		case path == "unicode" || strings.HasPrefix(path, "regexp") || strings.Contains(name, "Table") || strings.Contains(name, "table"):
			kind = "tables"
		}
		d.kinds[kind] += size
		d.total += size
	}
	return d, nil
}

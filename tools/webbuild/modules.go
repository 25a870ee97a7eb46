package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// defaultRegistry is where packages come from when $npm_config_registry is not set.
const defaultRegistry = "https://registry.npmjs.org"

// A lockPackage is one "node_modules/…" entry of a package-lock.json (lockfileVersion 2 or 3).
type lockPackage struct {
	Name      string `json:"name"` // set only when the folder's name is an alias
	Version   string `json:"version"`
	Integrity string `json:"integrity"`
	Dev       bool   `json:"dev"`
	Optional  bool   `json:"optional"`
	Link      bool   `json:"link"`
}

// A module is a package to have in node_modules: its name, version and hash, and where it goes.
type module struct {
	name, version, integrity string
	dir                      string // relative to node_modules: name, or a/node_modules/name
}

// A fetcher downloads packages from an npm registry into a node_modules folder.
type fetcher struct {
	registry string // no trailing slash
	client   *http.Client
	log      io.Writer // one line per package fetched
}

// newFetcher returns a fetcher for registry (the default one if empty) that reports to log.
func newFetcher(registry string, log io.Writer) *fetcher {
	if registry == "" {
		registry = defaultRegistry
	}
	return &fetcher{registry: strings.TrimRight(registry, "/"), client: &http.Client{Timeout: 2 * time.Minute}, log: log}
}

// install makes nodeModules hold the packages the lock file pins, fetching those missing or of
// another version.
func (f *fetcher) install(lockFile, nodeModules string) error {
	mods, err := readLock(lockFile)
	if err != nil {
		return err
	}
	for _, m := range mods {
		dir := filepath.Join(nodeModules, filepath.FromSlash(m.dir))
		if installedVersion(dir) == m.version {
			continue
		}
		if err := f.fetch(m, dir); err != nil {
			return err
		}
	}
	return nil
}

// readLock returns the packages of lockFile the bundle may need, sorted by folder: all but esbuild,
// its platform binaries, links, and what is there only for development or only on some platforms.
func readLock(lockFile string) ([]module, error) {
	data, err := os.ReadFile(lockFile)
	if err != nil {
		return nil, err
	}
	var lock struct {
		Packages map[string]lockPackage `json:"packages"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, fmt.Errorf("%s: %v", lockFile, err)
	}
	var mods []module
	for key, p := range lock.Packages {
		dir, ok := strings.CutPrefix(key, "node_modules/")
		if !ok || p.Dev || p.Optional || p.Link {
			continue
		}
		name := p.Name
		if name == "" {
			name = dir
			if i := strings.LastIndex(dir, "/node_modules/"); i >= 0 {
				name = dir[i+len("/node_modules/"):]
			}
		}
		if name == "esbuild" || strings.HasPrefix(name, "@esbuild/") {
			continue
		}
		if p.Version == "" || p.Integrity == "" {
			return nil, fmt.Errorf("%s: %s: no version or integrity", lockFile, key)
		}
		mods = append(mods, module{name: name, version: p.Version, integrity: p.Integrity, dir: dir})
	}
	slices.SortFunc(mods, func(a, b module) int { return strings.Compare(a.dir, b.dir) })
	return mods, nil
}

// installedVersion returns the version in dir/package.json, or "" if there is none.
func installedVersion(dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return ""
	}
	var p struct{ Version string }
	if json.Unmarshal(data, &p) != nil {
		return ""
	}
	return p.Version
}

// tarballURL returns where the registry keeps m: NAME/-/BASENAME-VERSION.tgz, BASENAME being the
// part of a scoped name after the slash.
func (f *fetcher) tarballURL(m module) string {
	return fmt.Sprintf("%s/%s/-/%s-%s.tgz", f.registry, m.name, path.Base(m.name), m.version)
}

// fetch downloads m, checks its integrity and unpacks it into dir, replacing what dir held.
func (f *fetcher) fetch(m module, dir string) error {
	url := f.tarballURL(m)
	fail := func(err error) error { return fmt.Errorf("fetch %s@%s from %s: %v", m.name, m.version, url, err) }
	resp, err := f.client.Get(url)
	if err != nil {
		return fail(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("%s", resp.Status))
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return fail(err)
	}
	if err := checkIntegrity(data, m.integrity); err != nil {
		return fail(err)
	}
	if err := unpack(data, dir); err != nil {
		return fail(err)
	}
	fmt.Fprintf(f.log, "web: fetched %s@%s\n", m.name, m.version)
	return nil
}

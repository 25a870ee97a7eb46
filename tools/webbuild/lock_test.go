package main

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"
)

// TestLockMatchesGoMod checks the repository's own pins: the esbuild package-lock.json names is the
// one go.mod requires (the page is bundled by the Go one), and every package to fetch has a hash.
func TestLockMatchesGoMod(t *testing.T) {
	mods, err := readLock("../../web/package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) == 0 {
		t.Fatal("web/package-lock.json: no packages to fetch")
	}
	for _, m := range mods {
		if m.name == "esbuild" || m.integrity == "" {
			t.Errorf("readLock: %s@%s (integrity %q) should not be fetched", m.name, m.version, m.integrity)
		}
	}
	data, err := os.ReadFile("../../web/package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	var lock struct{ Packages map[string]lockPackage }
	if err := json.Unmarshal(data, &lock); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`github\.com/evanw/esbuild v(\S+)`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod: no github.com/evanw/esbuild")
	}
	if got, want := lock.Packages["node_modules/esbuild"].Version, string(m[1]); got != want {
		t.Errorf("web/package-lock.json pins esbuild %s, go.mod %s: keep them equal", got, want)
	}
}

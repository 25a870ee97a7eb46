//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/wasm/internal/browserrun"
)

// TestLessons renders every lesson as the site's course files hold it and runs its blocks with their
// options.
func TestLessons(t *testing.T) {
	c, err := renderCourse()
	if err != nil {
		t.Fatal(err)
	}
	for _, cl := range c {
		if len(cl.Lessons) == 0 {
			t.Errorf("%s: no lessons", cl.Lang)
		}
		for _, p := range cl.Lessons {
			if p.Title == "" || len(p.Blocks) == 0 {
				t.Errorf("%s/%s: title %q, %d blocks; want a title and a script", cl.Lang, p.Slug, p.Title, len(p.Blocks))
			}
			for _, b := range p.Blocks {
				if !strings.Contains(p.HTML, fmt.Sprintf(`data-block="%d"`, b.Index)) {
					t.Errorf("%s/%s: block %d is not marked in the HTML", cl.Lang, p.Slug, b.Index)
				}
				if !b.NoRun && !testing.Short() {
					checkBlock(t, cl.Lang, p.Slug, b)
				}
			}
		}
	}
}

// checkBlock runs a block as the page does, in the browser's budget: it must end as its options expect
// and print what the lesson's golden file says it prints (lessons/testdata/golden, which lessons check
// holds the simulator to natively, and its tests hold to CPython's output).
func checkBlock(t *testing.T, lang, slug string, b BlockEntry) {
	name := fmt.Sprintf("%s/%s block %d", lang, slug, b.Index)
	file := fmt.Sprintf("%s-%d", slug, b.Index)
	res, err := runScript(b.Code, RunOptions{Options: browserrun.Options{Filename: file + ".py", Cores: b.Cores, FreeThreaded: b.FreeThreaded}})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if failed := res.ExitCode != 0; failed != (b.ExpectError != "") {
		t.Errorf("%s: exit %d (%s), want it to fail: %v", name, res.ExitCode, res.Error, b.ExpectError != "")
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "..", "lessons", "testdata", "golden", file+".golden"))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	wantOut, wantErr := goldenSection(string(golden), "stdout"), goldenSection(string(golden), "stderr")
	if res.Stdout != wantOut {
		t.Errorf("%s: the page's console shows\n%s\nwant (the lesson's golden stdout)\n%s", name, res.Stdout, wantOut)
	}
	if res.Stderr != wantErr {
		t.Errorf("%s: the page's stderr is\n%s\nwant (the lesson's golden stderr)\n%s", name, res.Stderr, wantErr)
	}
}

// goldenSection returns the section "-- name --" of a lesson golden file.
func goldenSection(golden, name string) string {
	_, rest, ok := strings.Cut(golden, "-- "+name+" --\n")
	if !ok {
		return "<no " + name + " section>"
	}
	if strings.HasPrefix(rest, "-- ") {
		return "" // an empty section
	}
	if i := strings.Index(rest, "\n-- "); i >= 0 {
		return rest[:i+1]
	}
	return rest
}

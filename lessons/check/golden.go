package check

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/futurescope/futurescope/internal/golden"
)

// goldenExt ends the name of every golden file.
const goldenExt = ".golden"

// golden compares got with the outcome's golden file, or rewrites the file with Update, and says what
// went wrong.
func (o *outcome) golden(opts Options, got []byte) string {
	path := filepath.Join(opts.Golden, o.name+goldenExt)
	want, err := os.ReadFile(path)
	switch {
	case opts.Update && bytes.Equal(want, got):
	case opts.Update:
		if err := os.MkdirAll(opts.Golden, 0o755); err != nil {
			return err.Error()
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			return err.Error()
		}
		o.updated = true
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("no golden file %s (--update writes it)", path)
	case err != nil:
		return err.Error()
	case !bytes.Equal(want, got):
		return fmt.Sprintf("output differs from %s (--update rewrites it):\n%s", path, golden.Diff(string(want), string(got)))
	}
	return ""
}

// unusedGoldens reports, or with Update removes, the golden files no block of results uses.
func unusedGoldens(results []Result, opts Options) []Result {
	used := map[string]bool{}
	for _, r := range results {
		if r.Lesson != nil && !r.Block.Options.NoRun {
			used[key(r.Lesson, r.Block)+goldenExt] = true
		}
	}
	entries, err := os.ReadDir(opts.Golden)
	if err != nil {
		return nil // no golden files yet: each block reports its own
	}
	var out []Result
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), goldenExt) || used[e.Name()] {
			continue
		}
		path := filepath.Join(opts.Golden, e.Name())
		r := Result{Name: path, Status: Failed, Problem: "no block uses it (--update removes it)"}
		if opts.Update {
			r.Status, r.Problem, r.Updated = OK, "", true
			if err := os.Remove(path); err != nil {
				r.Status, r.Problem = Failed, err.Error()
			}
		}
		out = append(out, r)
	}
	return out
}

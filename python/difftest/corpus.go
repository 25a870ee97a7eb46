// Package difftest is the differential test of the project's Python: every script of the corpus
// (python/testdata/diff) runs under the interpreter and must print what CPython printed, byte for byte
// on stdout and stderr, and end with the same exit code.
//
// The goldens are CPython's: python/testdata/gen.py writes NAME.out, NAME.err (when not empty),
// NAME.exit (when not 0) and the stamp NAME.cpython that names the CPython version and each file's
// hash. This package only reads them; Load fails on a golden that no stamp vouches for.
//
// Scripts the interpreter does not run right yet are listed in KNOWN_FAILURES beside the corpus, each
// with the first line that differs. The list is checked both ways (CheckKnown): a listed script that
// now passes, and an unlisted one that fails, are both errors, so the list is the measure of progress.
package difftest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/futurescope/futurescope/internal/golden"
)

// Dir is the corpus, relative to this package's folder (where `go test` runs it).
const Dir = "../testdata/diff"

// A Case is one script of the corpus and what CPython printed for it.
type Case struct {
	Name    string // base name, without .py; the script runs as "NAME.py"
	Path    string // the script's file
	Script  []byte
	Want    Outcome
	CPython string // the CPython version that wrote the goldens
}

// Filename is the name the script runs under, as CPython names it in tracebacks.
func (c Case) Filename() string { return c.Name + ".py" }

// An Outcome is what a run printed and how it ended.
type Outcome struct {
	Stdout, Stderr []byte
	Exit           int
}

// Load reads every script of dir with its goldens, sorted by name. It fails when a golden is missing
// or not what CPython wrote (golden.VerifyStamps).
func Load(dir string) ([]Case, error) {
	if errs := golden.VerifyStamps(dir, ".out", ".err", ".exit"); len(errs) > 0 {
		return nil, fmt.Errorf("load corpus: %w", errors.Join(errs...))
	}
	scripts, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, fmt.Errorf("load corpus: %v", err)
	}
	slices.Sort(scripts)
	cases := make([]Case, 0, len(scripts))
	for _, path := range scripts {
		c, err := loadCase(dir, strings.TrimSuffix(filepath.Base(path), ".py"))
		if err != nil {
			return nil, fmt.Errorf("load corpus: %v", err)
		}
		cases = append(cases, c)
	}
	return cases, nil
}

// loadCase reads one script, its stamp and its goldens.
func loadCase(dir, name string) (Case, error) {
	base := filepath.Join(dir, name)
	c := Case{Name: name, Path: base + ".py"}
	stamp, err := golden.ReadStamp(base + golden.StampExt)
	if err != nil {
		return c, fmt.Errorf("%s.py has no goldens (run python/testdata/gen.py %s): %v", name, name, err)
	}
	c.CPython = stamp.Version
	if c.Script, err = os.ReadFile(c.Path); err != nil {
		return c, err
	}
	if c.Want.Stdout, err = os.ReadFile(base + ".out"); err != nil {
		return c, err
	}
	if c.Want.Stderr, err = readOptional(base + ".err"); err != nil {
		return c, err
	}
	exit, err := readOptional(base + ".exit")
	if err != nil {
		return c, err
	}
	if len(exit) > 0 {
		if c.Want.Exit, err = strconv.Atoi(strings.TrimSpace(string(exit))); err != nil {
			return c, fmt.Errorf("%s.exit: %v", name, err)
		}
	}
	return c, nil
}

// readOptional reads path, giving nothing when it does not exist.
func readOptional(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

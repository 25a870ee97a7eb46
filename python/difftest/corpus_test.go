package difftest

import (
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var updateKnown = flag.Bool("update-known", false, "rewrite KNOWN_FAILURES from this run's failures")

// scriptTimeout is how long one script may run; CPython runs the whole corpus in a few seconds.
const scriptTimeout = 10 * time.Second

// TestCorpus runs every script of the corpus through the interpreter (py.RunMain), each in a process
// of its own, and compares stdout, stderr and the exit code with CPython's. Scripts listed in
// KNOWN_FAILURES are skipped when they fail and fail when they pass.
func TestCorpus(t *testing.T) {
	cases, err := Load(Dir)
	if err != nil {
		t.Fatal(err)
	}
	knownPath := filepath.Join(Dir, KnownFile)
	known, err := ReadKnown(knownPath)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	failed := map[string]string{}
	var ran []string
	t.Run("script", func(t *testing.T) {
		for _, c := range cases {
			t.Run(c.Name, func(t *testing.T) {
				t.Parallel()
				why, diff := runCase(c)
				mu.Lock()
				ran = append(ran, c.Name)
				if why != "" {
					failed[c.Name] = why
				}
				mu.Unlock()
				report(t, c.Name, known, why, diff)
			})
		}
	})
	slices.Sort(ran)
	if *updateKnown {
		for _, name := range ran {
			delete(known, name)
			if why, ok := failed[name]; ok {
				known[name] = why
			}
		}
		if err := WriteKnown(knownPath, known); err != nil {
			t.Fatal(err)
		}
	} else if len(ran) == len(cases) {
		for _, p := range CheckKnown(known, ran, failed) {
			if strings.Contains(p, "no script of the corpus") {
				t.Error(p)
			}
		}
	}
	t.Log(Summary(ran, failed))
}

// runCase runs c and says how it differs from CPython: a one-line reason and the readable diff,
// both empty when it ran as CPython does.
func runCase(c Case) (why, diff string) {
	got, err := RunChild(c, scriptTimeout)
	if err != nil {
		return err.Error(), err.Error() + "\n" + c.Compare(got)
	}
	return c.FirstDifference(got), c.Compare(got)
}

// report fails, skips or passes the subtest of one script as the known-failures list says.
func report(t *testing.T, name string, known Known, why, diff string) {
	t.Helper()
	_, listed := known[name]
	switch {
	case *updateKnown:
		if why != "" {
			t.Skipf("fails (now listed in %s): %s", KnownFile, why)
		}
	case why != "" && listed:
		t.Skipf("known failure: %s", why)
	case why != "":
		t.Errorf("%s.py differs from CPython (not in %s):\n%s", name, KnownFile, diff)
	case listed:
		t.Errorf("%s.py now runs as CPython does: remove it from %s", name, KnownFile)
	}
}

package script

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	dialect "github.com/futurescope/futurescope/sim/dialect"
)

// The tutorial's six scripts (sim/script/testdata/tutorial) print here what they print under the
// Starlark front end, which this package replaces: the same stdout but for the elapsed times they
// print ("Took 0.278 seconds": the two interpreters count different instructions), the same exit code
// and the same last line of stderr. They are CPU-heavy, so they are skipped with -short.
func TestTutorialSameAsScript(t *testing.T) {
	if testing.Short() {
		t.Skip("the tutorial's scripts are CPU-heavy; skipped with -short")
	}
	files, err := filepath.Glob("testdata/tutorial/*.py")
	if err != nil || len(files) != 6 {
		t.Fatalf("want the 6 tutorial scripts, got %d (%v)", len(files), err)
	}
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut, sout, serrOut bytes.Buffer
			res := Run(Options{Filename: name, Source: src, Stdout: &out, Stderr: &errOut})
			sres := dialect.Run(dialect.Options{Filename: name, Source: src, Stdout: &sout, Stderr: &serrOut})
			got, want := maskTimes(out.String()), maskTimes(sout.String())
			if name == "04_wait.py" {
				// It prints the done set of wait() in iteration order: Starlark's sets keep insertion
				// order, Python's go by hash (of the address, for futures), so only the lines are compared.
				got, want = sortSections(got), sortSections(want)
			}
			if got != want {
				t.Errorf("stdout:\n%s\nsim/script's:\n%s\nstderr:\n%s", out.String(), sout.String(), errOut.String())
			}
			if res.ExitCode != sres.ExitCode {
				t.Errorf("exit code %d, sim/script's %d", res.ExitCode, sres.ExitCode)
			}
			if last(errOut.String()) != last(serrOut.String()) {
				t.Errorf("stderr ends with %q, sim/script's with %q", last(errOut.String()), last(serrOut.String()))
			}
		})
	}
}

var elapsed = regexp.MustCompile(`\d+\.\d+ seconds`)

// maskTimes replaces the elapsed times a script prints.
func maskTimes(s string) string { return elapsed.ReplaceAllString(s, "N seconds") }

// sortSections sorts the pairs of lines between the rules a script prints.
func sortSections(s string) string {
	sections := strings.Split(s, "=========================\n")
	for i, sec := range sections {
		lines := strings.Split(strings.TrimSuffix(sec, "\n"), "\n")
		var pairs []string
		for j := 0; j+1 < len(lines); j += 2 {
			pairs = append(pairs, lines[j]+"\n"+lines[j+1])
		}
		if len(lines)%2 == 1 {
			pairs = append(pairs, lines[len(lines)-1])
		}
		slices.Sort(pairs)
		sections[i] = strings.Join(pairs, "\n")
	}
	return strings.Join(sections, "=========================\n")
}

func last(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

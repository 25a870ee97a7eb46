package script

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The scripts of testdata/failures end in a deadlock or at a limit with threads of several kinds
// alive (pool workers, a child process's threads, the simulator's own, two of one name). NAME.want
// is what the run printed on stderr and the threads its report lists; the files were written before
// the reports read the simulator's thread states as data rather than as text, and the text and the
// reports must not move:
//
//	go test ./sim/script -run TestFailureStates -update-failures
var updateFailures = flag.Bool("update-failures", false, "rewrite testdata/failures/*.want")

func TestFailureStates(t *testing.T) {
	files, err := filepath.Glob("testdata/failures/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, file := range files {
		base := strings.TrimSuffix(file, ".py")
		t.Run(filepath.Base(base), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			res := Run(Options{Filename: filepath.Base(file), Source: src, Stdout: &out, Stderr: &errOut,
				TimeLimit: 5e9, MaxSteps: 200_000})
			got := failureRecord(errOut.String(), res)
			if *updateFailures {
				if err := os.WriteFile(base+".want", []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(base + ".want")
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// failureRecord is a run's stderr, then the report's kind, limit, line and text, then its threads,
// one a line.
func failureRecord(stderr string, res *Result) string {
	var b strings.Builder
	b.WriteString("-- stderr --\n" + stderr + "-- report --\n")
	r := res.Report
	if r == nil {
		return b.String() + "no report\n"
	}
	b.WriteString("kind=" + string(r.Kind) + " limit=" + r.Limit + " line=" + strconv.Itoa(r.Line) +
		" text_is_stderr=" + strconv.FormatBool(r.Text == stderr) + "\n")
	for _, th := range r.Threads {
		b.WriteString(th.Name + " | " + th.Process + " | " + strconv.Itoa(th.Line) + " | " + th.State + "\n")
	}
	return b.String()
}

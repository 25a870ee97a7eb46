package script

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The beginner's mistakes of sim/script/testdata/errors: small scripts, valid Python, that end with an
// uncaught exception, with CPython's stdout (NAME.out) and a summary of CPython's traceback (NAME.err:
// the frames in the script's own file, "NAME.py:LINE in FUNC", each cause's last line with CPython's
// "The above exception was the direct cause …", and the last line), both written by CPython 3.13.
// Each must print what CPython printed and end with the same traceback summary; errorFailures lists
// those that do not yet, checked both ways.
var errorFailures = map[string]string{}

var frameRE = regexp.MustCompile(`^  File "(?:.*/)?([^/"]+)", line (\d+), in (\S+)$`)

const causeLine = "The above exception was the direct cause of the following exception:"

// tracebackSummary is sim/script's summary of a traceback.
func tracebackSummary(name, stderr string) string {
	if strings.TrimSpace(stderr) == "" {
		return ""
	}
	var b strings.Builder
	lines := strings.Split(stderr, "\n")
	for i, l := range lines {
		if m := frameRE.FindStringSubmatch(l); m != nil && m[1] == name+".py" {
			b.WriteString(m[1] + ":" + m[2] + " in " + m[3] + "\n")
		}
		if l == causeLine && i > 1 {
			b.WriteString(lines[i-2] + "\n" + l + "\n")
		}
	}
	return b.String() + last(stderr) + "\n"
}

func TestErrorScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no error scripts: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantOut, _ := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
			wantErr, _ := os.ReadFile(strings.TrimSuffix(file, ".py") + ".err")
			var out, errOut bytes.Buffer
			res := Run(Options{Filename: name + ".py", Source: src, Stdout: &out, Stderr: &errOut})
			got := tracebackSummary(name, errOut.String())
			ok := out.String() == string(wantOut) && got == string(wantErr) && (res.ExitCode != 0) == (len(wantErr) > 0)
			why, known := errorFailures[name]
			switch {
			case ok && known:
				t.Errorf("passes now: remove it from errorFailures (%s)", why)
			case !ok && !known:
				t.Errorf("stdout:\n%s\nwant:\n%s\ntraceback summary:\n%s\nwant:\n%s\nstderr:\n%s", out.String(), wantOut, got, wantErr, errOut.String())
			}
		})
	}
}

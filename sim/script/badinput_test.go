package script

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// badInputWant is what a script of testdata/badinput says about its own end, in its first comment
// lines: "# want: ok", "# want: syntax", "# want: exception TYPE" or "# want: limit NAME"; then
// optionally "# line: N" (the report's line) and any number of "# stdout-has: TEXT" and
// "# stderr-has: TEXT".
type badInputWant struct {
	kind, detail      string
	line              int
	stdoutHas, errHas []string
}

func parseBadInputWant(t *testing.T, name string, src []byte) badInputWant {
	var w badInputWant
	for _, l := range strings.Split(string(src), "\n") {
		key, val, ok := strings.Cut(strings.TrimPrefix(l, "# "), ": ")
		if !strings.HasPrefix(l, "# ") || !ok {
			break
		}
		switch key {
		case "want":
			w.kind, w.detail, _ = strings.Cut(val, " ")
		case "line":
			n, err := strconv.Atoi(val)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			w.line = n
		case "stdout-has":
			w.stdoutHas = append(w.stdoutHas, val)
		case "stderr-has":
			w.errHas = append(w.errHas, val)
		default:
			t.Fatalf("%s: unknown header %q", name, l)
		}
	}
	if w.kind == "" {
		t.Fatalf("%s: no '# want:' line", name)
	}
	return w
}

// TestBadInput runs issue 10's bad input on the simulator with a small CPU budget: every script ends
// as its header says (CPython's error, or the budget's limit report naming the line of the loop that
// never ends), and none crashes the interpreter or hangs.
func TestBadInput(t *testing.T) {
	files, err := filepath.Glob("testdata/badinput/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			w := parseBadInputWant(t, name, src)
			var out, errOut bytes.Buffer
			res := Run(Options{Filename: name, Source: src, Stdout: &out, Stderr: &errOut, MaxSteps: 20_000_000})
			r := res.Report
			switch {
			case w.kind == "ok":
				if r != nil {
					t.Fatalf("report %s: %s", r.Kind, r.Text)
				}
			case r == nil:
				t.Fatalf("the run succeeded, want %s %s; stdout:\n%s", w.kind, w.detail, out.String())
			case string(r.Kind) != w.kind:
				t.Fatalf("report %s, want %s: %s", r.Kind, w.kind, r.Text)
			case w.kind == "limit" && r.Limit != w.detail:
				t.Fatalf("limit %q, want %q: %s", r.Limit, w.detail, r.Text)
			case w.kind == "exception" && (len(r.Exceptions) == 0 || r.Exceptions[len(r.Exceptions)-1].Type != w.detail):
				t.Fatalf("exception %+v, want %s: %s", r.Exceptions, w.detail, r.Text)
			}
			if w.line != 0 && (r == nil || r.Line != w.line) {
				t.Errorf("report line %d, want %d: %s", r.Line, w.line, r.Text)
			}
			for _, s := range w.stdoutHas {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			for _, s := range w.errHas {
				if !strings.Contains(errOut.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut.String())
				}
			}
		})
	}
}

package script

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzReport runs any script and holds its report to what front ends rely on: a report exactly when
// the run failed, its text what stderr got, its lines within the script, a syntax error with one
// frame, a chain whose last exception is the one the message names.
func FuzzReport(f *testing.F) {
	files, _ := filepath.Glob("testdata/errors/*.py")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(string(src))
		}
	}
	for _, s := range []string{"while True: pass\n", "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
		"if x\n", "import sys\nsys.exit(3)\n", "def f(:\n", "print('é' + 1)\n", "try:\n    1/0\nexcept Exception:\n    raise KeyError(2)\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var errOut bytes.Buffer
		res := Run(Options{Filename: "f.py", Source: []byte(src), Stderr: &errOut, MaxSteps: 200_000, TimeLimit: time.Second, MaxOutput: 1 << 14})
		r := res.Report
		if (r == nil) != (res.Err == nil) {
			t.Fatalf("report %+v with error %v", r, res.Err)
		}
		if r == nil {
			return
		}
		if r.Text != errOut.String() {
			t.Fatalf("report text %q, stderr %q", r.Text, errOut.String())
		}
		lines := strings.Count(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(src), "\n") + 2 // \r ends a line too
		if r.Line < 0 || r.Line > lines {
			t.Fatalf("line %d of a %d-line script", r.Line, lines)
		}
		switch r.Kind {
		case KindSyntax:
			if len(r.Exceptions) != 1 {
				t.Fatalf("syntax error with %d exceptions", len(r.Exceptions))
			}
		case KindException:
			last := r.Exceptions[len(r.Exceptions)-1]
			if joinType(last.Type, last.Message) != r.Message || last.Link != "" {
				t.Fatalf("message %q, last exception %+v", r.Message, last)
			}
		}
		for _, ex := range r.Exceptions {
			for _, fr := range ex.Frames {
				if fr.File == "f.py" && (fr.Line < 0 || fr.Line > lines || fr.Col < 0 || fr.EndCol < 0) {
					t.Fatalf("frame %+v of a %d-line script", fr, lines)
				}
			}
		}
	})
}

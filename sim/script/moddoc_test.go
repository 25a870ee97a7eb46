package script

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/stdlib"
)

// TestModuleDocsListWhatTheyHave: each module the simulator binds has a doc with a "Has:" and a
// "Lacks:" list (python/stdlib's convention): stdlib.go's paragraphs, pickle_module.go's comment,
// the docstrings of pylib's modules. Each name a "Has:" list gives exists once the module is
// imported on the simulator.
func TestModuleDocsListWhatTheyHave(t *testing.T) {
	docs := map[string]string{
		"concurrent.futures": paragraph(t, "stdlib.go", "concurrent.futures. Has:"),
		"threading":          paragraph(t, "stdlib.go", "threading. Has:"),
		"queue":              paragraph(t, "stdlib.go", "queue. Has:"),
		"time":               paragraph(t, "stdlib.go", "time. Has:"),
		"os":                 paragraph(t, "stdlib.go", "os. Has:"),
		"sys":                paragraph(t, "stdlib.go", "sys is python/py's. Has:"),
		"pickle":             paragraph(t, "pickle_module.go", "Has:") + " " + paragraph(t, "pickle_module.go", "Lacks:"),
		"logging":            docstring(t, "pylib/logging/__init__.py"),
		"logging.handlers":   docstring(t, "pylib/logging/handlers.py"),
		"multiprocessing":    docstring(t, "pylib/multiprocessing/__init__.py"),
		"signal":             docstring(t, "pylib/signal.py"),
	}
	for _, mod := range []string{"concurrent.futures", "threading", "queue", "time", "os", "sys", "pickle",
		"logging", "logging.handlers", "multiprocessing", "signal"} {
		t.Run(mod, func(t *testing.T) {
			doc := docs[mod]
			names, ok := stdlib.HasNames(doc)
			if !ok || len(names) == 0 {
				t.Fatalf("%s's doc has no \"Has:\" list:\n%s", mod, doc)
			}
			if !strings.Contains(doc, "Lacks") {
				t.Errorf("%s's doc has no \"Lacks:\" list (say \"Lacks nothing\" if so):\n%s", mod, doc)
			}
			var out, errOut bytes.Buffer
			res := Run(Options{Filename: "doc.py", Source: []byte(stdlib.HasCheck(mod, names)), Stdout: &out, Stderr: &errOut})
			if res.Err != nil {
				t.Fatalf("%v\n%s", res.Err, errOut.String())
			}
			if missing := strings.Fields(out.String()); len(missing) > 0 {
				t.Errorf("%s's doc says it has %v, which it does not", mod, missing)
			}
		})
	}
}

// paragraph returns the paragraph of file's comments that contains start, without the comment
// marks.
func paragraph(t *testing.T, file, start string) string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var para []string
	for _, line := range strings.Split(string(src), "\n") {
		c, isComment := strings.CutPrefix(strings.TrimSpace(line), "//")
		c = strings.TrimSpace(c)
		if isComment && c != "" {
			para = append(para, c)
			continue
		}
		if text := strings.Join(para, "\n"); strings.Contains(text, start) {
			return text
		}
		para = nil
	}
	t.Fatalf("%s: no comment paragraph with %q", file, start)
	return ""
}

// docstring returns the docstring of a Python file.
func docstring(t *testing.T, file string) string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, ok := strings.CutPrefix(string(src), `"""`)
	end := strings.Index(s, `"""`)
	if !ok || end < 0 {
		t.Fatalf("%s has no docstring", file)
	}
	return s[:end]
}

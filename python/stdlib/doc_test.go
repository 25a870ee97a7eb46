package stdlib

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestDocsListWhatModulesHave: every module the package doc names has a doc (the docstring of
// lib/NAME.py, or the comment of the Go file that registers it) with a "Has:" list and a "Lacks:"
// list, and each name the "Has:" list gives (a bare identifier, or a dotted one such as
// chain.from_iterable, outside parentheses) is there once the module is imported.
func TestDocsListWhatModulesHave(t *testing.T) {
	pkgDoc := readFile(t, "doc.go")
	m := regexp.MustCompile(`(?s)// Modules: (.*?)\.\n`).FindStringSubmatch(pkgDoc)
	if m == nil {
		t.Fatal("doc.go: no \"Modules:\" list")
	}
	var modules []string
	for _, f := range strings.Split(strings.ReplaceAll(m[1], "//", ""), ",") {
		modules = append(modules, strings.Fields(f)[0])
	}
	if len(modules) < 25 {
		t.Fatalf("doc.go lists %d modules: %v", len(modules), modules)
	}
	for _, mod := range modules {
		t.Run(mod, func(t *testing.T) {
			doc := moduleDoc(t, mod)
			names, ok := HasNames(doc)
			if !ok {
				t.Fatalf("%s's doc has no \"Has:\" list:\n%s", mod, doc)
			}
			if !strings.Contains(doc, "Lacks:") && !strings.Contains(doc, "Lacks nothing") {
				t.Errorf("%s's doc has no \"Lacks:\" list (say \"Lacks nothing\" if so):\n%s", mod, doc)
			}
			if len(names) == 0 {
				t.Fatalf("%s's \"Has:\" list names nothing", mod)
			}
			src := HasCheck(mod, names)
			var out, errOut bytes.Buffer
			if code := py.RunMain("t.py", []byte(src), &out, &errOut); code != 0 {
				t.Fatalf("exit code %d: %s", code, errOut.String())
			}
			if missing := strings.Fields(out.String()); len(missing) > 0 {
				t.Errorf("%s's doc says it has %v, which it does not", mod, missing)
			}
		})
	}
}

// moduleDoc returns the doc of module mod: lib/mod.py's docstring, else the comment block with
// "Has:" that begins "The mod module" in the Go file that registers mod.
func moduleDoc(t *testing.T, mod string) string {
	t.Helper()
	if src, err := os.ReadFile(filepath.Join("lib", mod+".py")); err == nil {
		s := string(src)
		if !strings.HasPrefix(s, `"""`) {
			t.Fatalf("lib/%s.py has no docstring", mod)
		}
		end := strings.Index(s[3:], `"""`)
		return s[3 : 3+end]
	}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		src := readFile(t, f)
		if strings.HasSuffix(f, "_test.go") || !strings.Contains(src, `RegisterCoreModule("`+mod+`"`) {
			continue
		}
		for _, block := range commentBlocks(src) {
			if strings.Contains(block, "Has:") && strings.HasPrefix(block, "The "+mod+" module") {
				return block
			}
		}
		t.Fatalf("%s registers %s but has no comment with a \"Has:\" list", f, mod)
	}
	t.Fatalf("no lib/%s.py and no Go file registers %s", mod, mod)
	return ""
}

// commentBlocks returns the runs of // comment lines of a Go file, each joined into one text.
func commentBlocks(src string) []string {
	var blocks []string
	var cur []string
	for _, line := range strings.Split(src, "\n") {
		if c, ok := strings.CutPrefix(strings.TrimSpace(line), "//"); ok {
			cur = append(cur, strings.TrimSpace(c))
			continue
		}
		if len(cur) > 0 {
			blocks = append(blocks, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	return blocks
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

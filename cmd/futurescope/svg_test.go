package main

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// drawDemo runs the demo script (see cli_run_test.go) with --svg and args, and returns the exit code,
// the SVG and stderr.
func drawDemo(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "demo.svg")
	code, _, errOut := cli(t, demo, append([]string{"run", "--svg", out, "-"}, args...)...)
	doc, _ := os.ReadFile(out)
	return code, string(doc), errOut
}

func TestRunSVG(t *testing.T) {
	code, doc, errOut := drawDemo(t)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if err := checkSVG(doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"&lt;stdin&gt;", "f1 job(3)", "f2 job(1)", "f3 job(2)", ">Threads<", "wait() returned: FIRST_COMPLETED"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the SVG does not mention %q", want)
		}
	}
}

func TestRunSVGView(t *testing.T) {
	code, doc, errOut := drawDemo(t, "--view", "futures")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(doc, "f1 job(3)") || strings.Contains(doc, ">Threads<") {
		t.Error("--view futures should draw the futures and not the threads")
	}
	code, _, errOut = drawDemo(t, "--view", "gantt")
	if code != 2 || !strings.Contains(errOut, `--view: got "gantt"`) {
		t.Errorf("--view gantt: exit %d, stderr %q; want 2 and a message", code, errOut)
	}
}

func TestRunSVGLang(t *testing.T) {
	code, doc, errOut := drawDemo(t, "--lang", "zh")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if err := checkSVG(doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"f1 job(3)", ">线程<", ">图例<", "wait() 返回：FIRST_COMPLETED"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the Chinese SVG does not say %q", want)
		}
	}
	code, _, errOut = drawDemo(t, "--lang", "fr")
	if code != 2 || !strings.Contains(errOut, `--lang: got "fr"`) {
		t.Errorf("--lang fr: exit %d, stderr %q; want 2 and a message", code, errOut)
	}
}

// checkSVG parses doc as XML and checks that its root is an SVG element.
func checkSVG(doc string) error {
	d := xml.NewDecoder(strings.NewReader(doc))
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Space + " " + se.Name.Local
		}
	}
	if root != "http://www.w3.org/2000/svg svg" {
		return errors.New("the file is not SVG: its root is " + root)
	}
	return nil
}

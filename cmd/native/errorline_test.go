package main

import (
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/futurescope/futurescope/render/ebitenview/ebitentest"
)

// marginAlert counts the alert-coloured pixels in the left margin of the source panel: the bar that
// marks the line where the run failed.
func marginAlert(t *testing.T, a *App, name string) int {
	t.Helper()
	img := shoot(t, a, name)
	r := a.regions().source
	return ebitentest.Count(img, image.Rect(r.Min.X, r.Min.Y, r.Min.X+int(3*a.win.uiScale()), r.Max.Y), colAlert)
}

func TestTheLineWhereARunFailedIsMarked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "boom.py")
	src := "def parse(s):\n    return int(s)\n\nprint(parse('1'))\nprint(parse('x'))\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := NewApp(testConfig(path))
	if err != nil {
		t.Fatal(err)
	}
	settle(t, a, 1)
	if !a.stage.last.Failed || a.stage.errorLine() != 2 {
		t.Fatalf("failed %v, error line %d: want the ValueError's innermost line, 2", a.stage.last.Failed, a.stage.errorLine())
	}
	if n := marginAlert(t, a, "native-error-line"); n < 10 {
		t.Errorf("%d alert pixels in the source's margin: the failing line is not marked", n)
	}

	edit(t, a, path, "def parse(s):", "def parse(s)")
	settle(t, a, 2)
	if a.stage.broken == nil || a.stage.errorLine() != 1 {
		t.Fatalf("broken %v, error line %d: want the syntax error's line, 1", a.stage.broken != nil, a.stage.errorLine())
	}

	edit(t, a, path, "def parse(s)", "def parse(s):")
	edit(t, a, path, "print(parse('x'))", "print(parse('2'))")
	settle(t, a, 3)
	if a.stage.last.Failed || a.stage.errorLine() != 0 {
		t.Fatalf("failed %v, error line %d: a run that succeeds marks no line", a.stage.last.Failed, a.stage.errorLine())
	}
	if n := marginAlert(t, a, "native-no-error-line"); n != 0 {
		t.Errorf("%d alert pixels in the source's margin after a run that succeeded", n)
	}
}

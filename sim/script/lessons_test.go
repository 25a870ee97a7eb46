package script

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

// The lessons' script blocks (lessons/content/en) print here what their golden files
// (lessons/testdata/golden, written from sim/script's runs) say they print: the same stdout and the
// same last line of stderr. The traces differ (the interpreters count different instructions), so
// they are not compared. lessonFailures lists the blocks that differ, with why, checked both ways.
// Heavy blocks are skipped with -short.
var lessonFailures = map[string]string{}

func TestLessonBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("the lessons' blocks take a minute; skipped with -short")
	}
	course, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	pass, total := 0, 0
	for _, l := range course.Lessons("en") {
		for _, b := range l.Blocks {
			if b.Options.NoRun {
				continue
			}
			name := fmt.Sprintf("%s-%d", l.Slug, b.Index)
			golden, err := os.ReadFile(filepath.Join("../../lessons/testdata/golden", name+".golden"))
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			wantOut, wantErr := goldenSections(string(golden))
			total++
			t.Run(name, func(t *testing.T) {
				var out, errOut bytes.Buffer
				Run(Options{Filename: name + ".py", Source: []byte(b.Code), Stdout: &out, Stderr: &errOut,
					Cores: b.Options.Cores, FreeThreaded: b.Options.FreeThreaded})
				ok := out.String() == wantOut && last(errOut.String()) == last(wantErr)
				if ok {
					pass++
				}
				why, known := lessonFailures[name]
				switch {
				case ok && known:
					t.Errorf("passes now: remove it from lessonFailures (%s)", why)
				case !ok && !known:
					t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s\nwant stderr:\n%s", out.String(), wantOut, errOut.String(), wantErr)
				}
			})
		}
	}
	t.Logf("%d of %d blocks print what their goldens say", pass, total)
}

// goldenSections returns the stdout and stderr sections of a lesson block's golden file.
func goldenSections(s string) (stdout, stderr string) {
	_, rest, _ := strings.Cut(s, "-- stdout --\n")
	stdout, rest, _ = strings.Cut(rest, "-- stderr --\n")
	stderr, _, _ = strings.Cut(rest, "-- trace --\n")
	return stdout, stderr
}

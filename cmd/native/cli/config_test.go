package cli

import (
	"errors"
	"flag"
	"strings"
	"testing"
	"time"
)

func TestHelpListsTheKeysAndTheBudget(t *testing.T) {
	var out strings.Builder
	if _, err := Parse([]string{"--help"}, &out); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("--help gave %v, want flag.ErrHelp (exit 0)", err)
	}
	for _, want := range []string{"--gif", "--out", "--max-steps", "P  G", "J  C", ".  ,", "Tab", "Esc", "1e8 interpreter instructions"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the usage does not mention %q:\n%s", want, out.String())
		}
	}
}

func TestParse(t *testing.T) {
	c, err := Parse([]string{"--gif", "out.gif", "--lesson", "04", "--block", "2", "--every", "20ms"}, &strings.Builder{})
	if err != nil || c.GIF != "out.gif" || c.Every != 20*time.Millisecond || c.MaxSteps != InteractiveMaxSteps || !c.Course() {
		t.Errorf("got %+v, %v", c, err)
	}
	for _, bad := range [][]string{{"--png", "a.png", "--gif", "a.gif"}, {"--every", "-1s"}, {"a.py", "b.py"}} {
		if _, err := Parse(bad, &strings.Builder{}); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
	if c, _ := Parse([]string{"--max-steps", "5000", "x.py"}, &strings.Builder{}); c.MaxSteps != 5000 || c.File != "x.py" {
		t.Errorf("--max-steps 5000 x.py gave %+v", c)
	}
}

func TestNoDisplayIsSaidNotCrashedOn(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	if err := displayMissing("linux", get); err == nil || !strings.Contains(err.Error(), "xvfb-run") {
		t.Errorf("Linux without DISPLAY: %v", err)
	}
	if err := displayMissing("darwin", get); err != nil {
		t.Errorf("macOS needs no DISPLAY: %v", err)
	}
	env["DISPLAY"] = ":99"
	if err := displayMissing("linux", get); err != nil {
		t.Errorf("Linux with DISPLAY=:99: %v", err)
	}
}

package browserrun

import (
	"bytes"
	"testing"
	"time"

	script "github.com/futurescope/futurescope/sim/script"
)

func TestWithDefaults(t *testing.T) {
	got := Options{}.WithDefaults()
	want := Options{Filename: "script.py", Cores: 4, MaxSteps: MaxSteps, TimeLimit: 60 * time.Second}
	if got != want {
		t.Errorf("Options{}.WithDefaults() = %+v, want %+v", got, want)
	}
	set := Options{Filename: "a.py", Cores: 1, FreeThreaded: true, MaxSteps: 5, TimeLimit: time.Second, Lang: "zh"}
	if got := set.WithDefaults(); got != set {
		t.Errorf("WithDefaults changed set fields: %+v, want %+v", got, set)
	}
}

// TestScriptRunsInTheBrowsersLimits runs a script with the options Script makes: its name in the
// traceback, and a runaway loop stopped by the step budget the page asked for.
func TestScriptRunsInTheBrowsersLimits(t *testing.T) {
	var out, errs bytes.Buffer
	o := Options{Filename: "lesson.py", MaxSteps: 50_000}.Script("n = 0\nwhile True:\n    n += 1\n", &out, &errs)
	if o.MaxEvents != MaxEvents || o.Filename != "lesson.py" || o.Cores != 4 {
		t.Fatalf("Script options = %+v", o)
	}
	res := script.Run(o)
	if res.ExitCode == 0 || res.Report == nil || string(res.Report.Kind) != "limit" {
		t.Fatalf("a runaway loop ended with exit %d, report %+v; want the step limit's report", res.ExitCode, res.Report)
	}
}

package viewstate

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
)

// text joins the panel's lines for searching.
func text(lines []Line) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

func TestDetails(t *testing.T) {
	s := newState(t, waitScript)
	src := srcLines(waitScript)
	tests := []struct {
		name   string
		target Target
		at     int64
		want   []string
	}{
		{"nothing selected: the events at the playhead", Target{}, 0, []string{"at 0 s", "T1 submitted f1 work(1)", "click"}},
		{"a future's lane", LaneTarget(&s.Scene.Futures, 2), 0, []string{
			"f3 work(3)", "function work, arguments (3,)", "ran on ThreadPoolExecutor-0_", "returned 9",
			"at the playhead (0 s): PENDING; running() False, done() False, cancelled() False",
			"line 9:  fs = [pool.submit(work, n) for n in [1, 2, 3]]"}},
		{"a result marker, mid-run", firstShape(s, layout.Result), s.Scene.End / 2, []string{
			"f1 work(1)", "FINISHED; running() False, done() True, cancelled() False", "selected: f1 work(1): returned 1"}},
		{"a thread's lane", LaneTarget(&s.Scene.Threads, 1), 0, []string{"T1 MainThread"}},
		{"an overlay", OverlayTarget(&s.Scene.Overlays[0]), 0, []string{"selected:", "wait() returned"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.Apply(Select(tt.target))
			s.Apply(Scrub(tt.at))
			got := text(Details(s, src))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("the panel lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestDescribeEveryKindOfTheRun(t *testing.T) {
	s := newState(t, waitScript)
	said := 0
	for _, e := range s.Trace.Events() {
		if d := Describe(e); d != "" {
			said++
			if strings.Contains(d, "%!") {
				t.Errorf("Describe(%+v) = %q", e, d)
			}
		}
	}
	if said < s.Trace.Len()/2 {
		t.Errorf("Describe said something about %d of %d events", said, s.Trace.Len())
	}
}

func TestKeep(t *testing.T) {
	old := newState(t, waitScript)
	for _, in := range []Intent{ToggleView(), ToggleStates(), Speed(2), Zoom(4, 0), Scrub(old.Scene.End / 2)} {
		old.Apply(in)
	}
	s := New(old.Trace, old.Scene)
	s.Keep(old)
	if s.Mode != old.Mode || s.States != old.States || s.Speed != old.Speed || s.Playhead != old.Playhead ||
		s.T0 != old.T0 || s.T1 != old.T1 {
		t.Errorf("Keep lost a choice: got mode %v states %v speed %d playhead %d window %d..%d, want %v %v %d %d %d..%d",
			s.Mode, s.States, s.Speed, s.Playhead, s.T0, s.T1, old.Mode, old.States, old.Speed, old.Playhead, old.T0, old.T1)
	}
	short := newState(t, "print(1)\n")
	short.Keep(old)
	if short.Playhead != 0 {
		t.Errorf("a shorter run kept the playhead at %d, past its end %d", short.Playhead, short.Scene.End)
	}
}

package live

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/cmd/native/runs"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
	"github.com/futurescope/futurescope/render/layout"
)

// script is a file a teacher edits: four futures sleeping 0.1 s more each.
const script = `import time
from concurrent.futures import ThreadPoolExecutor

def work(n):
    time.sleep(0.1 * n)
    return n

with ThreadPoolExecutor(max_workers=2) as ex:
    for f in [ex.submit(work, n) for n in range(1, 5)]:
        print(f.result())
`

// save runs the file as saved with old replaced by new, as the window does when it changes on disk.
func save(t *testing.T, old, new string) (*runs.Run, Run) {
	t.Helper()
	r := runs.Execute(runs.Job{Key: "file", Name: "demo.py", Source: []byte(strings.Replace(script, old, new, 1))})
	return r, Run{Key: r.Key, Compiled: !r.Syntax}
}

// view opens r's timeline as the window does after shown's (nil: the first), keeping what the user
// chose when Open says so.
func view(shown *viewstate.State, shownRun *Run, r *runs.Run, next Run) *viewstate.State {
	s := viewstate.New(r.Trace, layout.Build(r.Trace))
	if o := Open(shownRun, next, Want{At: -1}); o.Keep && shown != nil {
		s.Keep(shown)
	}
	return s
}

// Live reload as a teacher meets it, without a display: the file saved with a syntax error leaves
// the last good run on screen, dimmed; saved again with longer sleeps, the run that grew is fitted to
// the timeline whole; once the teacher zoomed, the next save keeps their zoom.
func TestLiveReloadRefitsUnlessZoomed(t *testing.T) {
	r1, run1 := save(t, "", "")
	if r1.Failed {
		t.Fatalf("the script fails: %s", r1.Stderr)
	}
	var scr Screen
	scr = scr.Take(run1)
	s1 := view(nil, nil, r1, run1)
	s1.Apply(viewstate.Scrub(s1.Scene.End / 2))

	bad, badRun := save(t, "return n", "return n +")
	if scr = scr.Take(badRun); !bad.Syntax || !scr.Dimmed() || scr.Shown.Key != "file" || !scr.Shown.Compiled {
		t.Fatalf("a syntax error: syntax %v, dimmed %v, shown %+v; want the last good run shown, dimmed", bad.Syntax, scr.Dimmed(), scr.Shown)
	}

	r2, run2 := save(t, "0.1 * n", "0.5 * n")
	shown := scr.Shown
	if scr = scr.Take(run2); scr.Dimmed() {
		t.Errorf("the fixed run is still dimmed")
	}
	s2 := view(s1, shown, r2, run2)
	if s2.Scene.End <= s1.Scene.End || !s2.Fitted || s2.T0 > 0 || s2.T1 < s2.Scene.End {
		t.Errorf("the run that grew to %d shows %d..%d (fitted %v): want all of it", s2.Scene.End, s2.T0, s2.T1, s2.Fitted)
	}
	if s2.Playhead != s1.Playhead {
		t.Errorf("the playhead moved from %d to %d", s1.Playhead, s2.Playhead)
	}

	s2.Apply(viewstate.Zoom(4, 0))
	r3, run3 := save(t, "0.1 * n", "0.6 * n")
	s3 := view(s2, scr.Shown, r3, run3)
	if s3.T0 != s2.T0 || s3.T1 != s2.T1 || s3.Fitted {
		t.Errorf("after the teacher zoomed to %d..%d the next save shows %d..%d", s2.T0, s2.T1, s3.T0, s3.T1)
	}
}

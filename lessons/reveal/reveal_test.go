package reveal_test

import (
	"io"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
	"github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/script"
	"github.com/futurescope/futurescope/sim/trace"
)

// run runs src on the simulator and returns its trace.
func run(t *testing.T, src string) *trace.Trace {
	t.Helper()
	res := script.Run(script.Options{Filename: "x.py", Source: []byte(src), Stdout: io.Discard, Stderr: io.Discard})
	if res.Report != nil || res.Trace == nil {
		t.Fatalf("run failed: %+v", res.Report)
	}
	return res.Trace
}

const pool = `import time
from concurrent.futures import ThreadPoolExecutor
def done(f):
    pass
with ThreadPoolExecutor(max_workers=1) as pool:
    a = pool.submit(time.sleep, 0.2)
    a.add_done_callback(done)
    b = pool.submit(time.sleep, 0.1)
    print('cancel b:', b.cancel())
    print('done')
`

func reveal1(t *testing.T, s string) lessons.Reveal {
	t.Helper()
	r, err := lessons.ParseReveal(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFind(t *testing.T) {
	tr := run(t, pool)
	evs := tr.Collect()
	tests := []struct {
		at   string
		kind trace.Kind
		want func(trace.Event) bool
	}{
		{"print 1", trace.Print, func(e trace.Event) bool { return e.Value == "cancel b: True" }},
		{"print 2", trace.Print, func(e trace.Event) bool { return e.Value == "done" }},
		{"start f1", trace.FutureRunning, func(e trace.Event) bool { return e.Future == 1 }},
		{"finish f1", trace.FutureFinish, func(e trace.Event) bool { return e.Future == 1 && e.Time == 200_000_000 }},
		{"cancel f2", trace.FutureCancel, func(e trace.Event) bool { return e.Future == 2 && e.Value == "True" }},
		{"callback f1", trace.CallbackStart, func(e trace.Event) bool { return e.Future == 1 && e.Name == "done" }},
		{"end", evs[len(evs)-1].Kind, func(e trace.Event) bool { return e == evs[len(evs)-1] }},
	}
	for _, tt := range tests {
		i, ok := reveal.Find(tr, reveal1(t, tt.at))
		if !ok || evs[i].Kind != tt.kind || !tt.want(evs[i]) {
			t.Errorf("Find(%s) = %d, %v: %+v", tt.at, i, ok, evs[i])
		}
	}
	for _, at := range []string{"print 3", "start f2", "finish f2", "cancel f1", "finish f9", "callback f2"} {
		if i, ok := reveal.Find(tr, reveal1(t, at)); ok {
			t.Errorf("Find(%s) = %d, want none: the run has no such event", at, i)
		}
	}
}

func TestPoints(t *testing.T) {
	tr := run(t, pool)
	p := func(ats ...string) *lessons.Prediction {
		var out lessons.Prediction
		for i, at := range ats {
			out.Questions = append(out.Questions, lessons.Question{Line: 10 + i, At: reveal1(t, at)})
		}
		return &out
	}
	got, err := reveal.Points(tr, p("cancel f2", "print 1", "finish f1", "end"))
	if err != nil || len(got) != 4 || !(got[0] < got[1] && got[1] < got[2] && got[2] < got[3]) {
		t.Errorf("Points = %v, %v; want four rising indexes", got, err)
	}
	tests := []struct {
		p   *lessons.Prediction
		err string
	}{
		{p("print 3"), "question 1 (line 10): the run has no `print 3` (it prints 2 lines)"},
		{p("print 1", "finish f2"), "question 2 (line 11): the run has no `finish f2` (it makes 2 futures)"},
		{p("finish f1", "print 1"), "question 2 (line 11): `print 1` happens before question 1's `finish f1`: order the questions as the run reaches them"},
	}
	for _, tt := range tests {
		if _, err := reveal.Points(tr, tt.p); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("Points: got %v, want %s", err, tt.err)
		}
	}
}

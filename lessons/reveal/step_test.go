package reveal_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons/reveal"
	"github.com/futurescope/futurescope/sim/trace"
)

// A step stops at what a learner predicts (a future's life, a print, a blocking call's result) and
// passes over the machinery (threads starting, the GIL, a sleep's call).
func TestIsStep(t *testing.T) {
	for _, c := range []struct {
		e    trace.Event
		want bool
	}{
		{trace.Event{Kind: trace.FutureCreate}, true},
		{trace.Event{Kind: trace.FutureRunning}, true},
		{trace.Event{Kind: trace.FutureFinish}, true},
		{trace.Event{Kind: trace.FutureCancel}, true},
		{trace.Event{Kind: trace.CallbackStart}, true},
		{trace.Event{Kind: trace.Print}, true},
		{trace.Event{Kind: trace.Error}, true},
		{trace.Event{Kind: trace.CallEnd, Name: "result"}, true},
		{trace.Event{Kind: trace.CallEnd, Name: "sleep"}, false},
		{trace.Event{Kind: trace.CallStart, Name: "result"}, false},
		{trace.Event{Kind: trace.ThreadStart}, false},
		{trace.Event{Kind: trace.GILAcquire}, false},
		{trace.Event{Kind: trace.ExecutorCreate}, false},
	} {
		if got := reveal.IsStep(c.e); got != c.want {
			t.Errorf("IsStep(%s %s) = %v, want %v", c.e.Kind, c.e.Name, got, c.want)
		}
	}
	steps := 0
	for _, e := range run(t, pool).Events() {
		if reveal.IsStep(e) {
			steps++
		}
	}
	if steps < 6 { // two futures queued, started, finished; two lines printed; a callback
		t.Errorf("the pool script has %d steps", steps)
	}
}

// The browser's web/src/predict.js stops at the same events (its stepKinds and stepCalls).
func TestIsStepAgreesWithTheBrowser(t *testing.T) {
	src, err := os.ReadFile("../../web/src/predict.js")
	if err != nil {
		t.Skipf("no web/src/predict.js: %v", err)
	}
	set := func(name string) []string {
		m := regexp.MustCompile(`const ` + name + ` = new Set\(\[([^\]]*)\]\)`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("predict.js has no %s", name)
		}
		return regexp.MustCompile(`'([a-z_]+)'`).FindAllString(string(m[1]), -1)
	}
	kinds := set("stepKinds")
	for _, k := range kinds {
		if !reveal.IsStep(trace.Event{Kind: trace.Kind(strings.Trim(k, "'"))}) {
			t.Errorf("the browser steps at %s, IsStep does not", k)
		}
	}
	for _, c := range set("stepCalls") {
		if !reveal.IsStep(trace.Event{Kind: trace.CallEnd, Name: strings.Trim(c, "'")}) {
			t.Errorf("the browser steps at the end of %s, IsStep does not", c)
		}
	}
	n := 0
	for _, k := range []trace.Kind{trace.ProcessStart, trace.ProcessExit, trace.ThreadStart, trace.ThreadExit, trace.ExecutorCreate,
		trace.ExecutorShutdown, trace.ExecutorBroken, trace.FutureCreate, trace.FutureQueued, trace.FutureRunning, trace.TaskStart,
		trace.TaskEnd, trace.FutureFinish, trace.FutureCancel, trace.FutureCancelled, trace.FutureNotified, trace.CallbackStart,
		trace.CallbackEnd, trace.CallStart, trace.Yield, trace.Timeout, trace.GILAcquire, trace.GILRelease, trace.Print,
		trace.Log, trace.Error, trace.Deadlock, trace.Limit} {
		if reveal.IsStep(trace.Event{Kind: k}) {
			n++
		}
	}
	if n != len(kinds) {
		t.Errorf("IsStep stops at %d kinds, the browser at %d: %v", n, len(kinds), kinds)
	}
}

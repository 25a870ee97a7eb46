package webtest

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestRunaway runs a loop that never ends: the page stays responsive while it runs, and the run ends
// with a clear message that marks the loop's line. Then the Stop button ends another one at once, its
// output and trace so far shown, and Esc a third.
func TestRunaway(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	idle := fiveCalls(t, ctx)
	eval(t, ctx, `window.futurescopePage.setCode("n = 0\nwhile True:\n    n += 1\n")`)
	click(t, ctx, "#run")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.futurescopePage.state().running`)); err != nil {
		t.Fatal(err)
	}
	// While it runs, the page answers at once: the lesson list opens its next lesson's title, the
	// editor takes keys.
	d := fiveCalls(t, ctx)
	screenshot(t, ctx, "runaway-running")
	st := waitShown(t, ctx, 2)
	r := st.Result
	checkAnswered(t, "a runaway script", d, idle, r.WallMs)
	if r.ExitCode != 1 || r.Kind != "limit" || !strings.Contains(r.Error, "CPU budget") || len(r.Marks) == 0 || r.Marks[0].Line != 2 {
		t.Errorf("a runaway loop ended with %+v, want the CPU budget's report marked on line 2, the loop's", r)
	}
	if status := text(t, ctx, "status"); !strings.Contains(status, "loop that never ends") {
		t.Errorf("status %q, want it to suggest a loop that never ends", status)
	}
	screenshot(t, ctx, "runaway-stopped")
	t.Logf("a runaway loop was stopped by its step budget after %.1f s", r.WallMs/1000)

	eval(t, ctx, `window.futurescopePage.setCode("print('start')\nn = 0\nwhile True:\n    n += 1\n")`)
	for i, how := range []string{"Stop", "Esc"} {
		shown := state(t, ctx).Shown
		click(t, ctx, "#run")
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.futurescopePage.state().running`)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		start := time.Now()
		if how == "Stop" {
			click(t, ctx, "#run") // now labelled Stop
		} else if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
			t.Fatal(err)
		}
		st := waitShown(t, ctx, shown+1)
		took := time.Since(start)
		r := st.Result
		if r.Kind != "cancelled" || r.ExitCode != 1 || r.Stdout != "start\n" || !strings.Contains(r.Stderr, "cancelled") ||
			r.Events == 0 || len(r.Marks) == 0 || (r.Marks[0].Line != 3 && r.Marks[0].Line != 4) {
			t.Errorf("%s: the run ended with %+v, want it cancelled in the loop, its output and trace kept", how, r)
		}
		if status := text(t, ctx, "status"); !strings.Contains(status, "Stopped") {
			t.Errorf("%s: the status line says %q, want it to say the run was stopped", how, status)
		}
		checkDrawn(t, ctx, "stopped")
		if i == 0 {
			screenshot(t, ctx, "runaway-cancelled")
		}
		t.Logf("%s ended the run %.0f ms after it was pressed, %.1f s into it", how, float64(took.Microseconds())/1000, r.WallMs/1000)
	}
	eval(t, ctx, `window.futurescopePage.setCode("print('alive')\n")`)
	shown := state(t, ctx).Shown
	click(t, ctx, "#run")
	if st := waitShown(t, ctx, shown+1); st.Result.Stdout != "alive\n" {
		t.Errorf("after Stop a new run printed %q, want the simulator to run it", st.Result.Stdout)
	}
}

// TestDeadlockAndFlood runs a script that deadlocks and one that prints a million lines: each ends
// with a clear message in the status line and the console, the page answers meanwhile, and the Run
// button and the editor still work afterwards.
func TestDeadlockAndFlood(t *testing.T) {
	tests := []struct {
		name, script string
		want         []string // in the run's error, then in the console
	}{
		{"deadlock", "from concurrent.futures import ThreadPoolExecutor\n\npool = ThreadPoolExecutor(max_workers=1)\n\n" +
			"def outer():\n    return pool.submit(pow, 2, 10).result()\n\nprint(pool.submit(outer).result())\n",
			[]string{"deadlock", "Python would hang here forever"}},
		{"flood", "for i in range(10**6):\n    print(i)\n", []string{"printed more than", "limit"}},
	}
	ctx := newTab(t)
	st := open(t, ctx, "#en/01-futures-and-submit")
	idle := fiveCalls(t, ctx)
	for _, tt := range tests {
		eval(t, ctx, `window.futurescopePage.setCode(`+jsString(tt.script)+`)`)
		click(t, ctx, "#run")
		d := fiveCalls(t, ctx)
		st = waitShown(t, ctx, st.Shown+1)
		r := st.Result
		checkAnswered(t, tt.name, d, idle, r.WallMs)
		if r.ExitCode == 0 || !strings.Contains(r.Error, tt.want[0]) {
			t.Errorf("%s: the run ended with %q (exit %d), want an error about %q", tt.name, r.Error, r.ExitCode, tt.want[0])
		}
		if status := text(t, ctx, "status"); !strings.Contains(status, tt.want[0]) {
			t.Errorf("%s: the status line says %q", tt.name, status)
		}
		if console := text(t, ctx, "console"); !strings.Contains(console, tt.want[1]) {
			t.Errorf("%s: the console lacks %q: …%s", tt.name, tt.want[1], console[max(0, len(console)-300):])
		}
		checkDrawn(t, ctx, tt.name)
		screenshot(t, ctx, "robust-"+tt.name)
		t.Logf("%s: %s, simulated in %.0f ms", tt.name, r.Error, r.WallMs)
	}
	// The editor and the Run button still answer.
	eval(t, ctx, `window.futurescopePage.setCode("print('still here')\n")`)
	click(t, ctx, ".cm-content")
	if err := chromedp.Do(ctx, chromedp.KeyEvent("#")); err != nil {
		t.Fatal(err)
	}
	if code, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`window.futurescopePage.code()`)); !strings.Contains(code, "#") {
		t.Errorf("the editor did not take a key after the runs: %q", code)
	}
	click(t, ctx, "#run")
	if st = waitShown(t, ctx, st.Shown+1); st.Result.Stdout != "still here\n" {
		t.Errorf("after the deadlock and the flood, a run printed %q", st.Result.Stdout)
	}
}

// TestHugeScenario runs a script of 100,000 futures: it finishes, its timeline is drawn, and the
// page answers during the run and right after it, while the timeline takes the trace in.
//
// "Answers" is measured against this machine, in the same run: the page's slowest answer must stay
// within slowAnswerRatio times the time the worker took to simulate the run (0.5 to 1 on an idle
// machine; the page that froze while it laid the run out took 6 times as long). The absolute figures
// and the idle page's answer time are logged.
func TestHugeScenario(t *testing.T) {
	ctx := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	st := open(t, ctx, "#en/01-futures-and-submit")
	script := "from concurrent.futures import ThreadPoolExecutor\n\ndef double(n):\n    return n * 2\n\n" +
		"with ThreadPoolExecutor(max_workers=8) as pool:\n    futures = [pool.submit(double, n) for n in range(100000)]\n" +
		"print(sum(f.result() for f in futures))\n"
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(script)+`)`)
	idle := idleAnswer(t, ctx)
	click(t, ctx, "#run")
	var slowest time.Duration
	for !state(t, ctx).Running && state(t, ctx).Shown == st.Shown {
		time.Sleep(20 * time.Millisecond)
	}
	deadline := time.Now().Add(waitRun)
	for time.Now().Before(deadline) {
		start := time.Now()
		s := state(t, ctx) // a round trip through the page's main thread
		slowest = max(slowest, time.Since(start))
		if s.Shown > st.Shown && !s.Running {
			st = s
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if r := st.Result; r == nil || r.ExitCode != 0 || r.Stdout != "9999900000\n" {
		t.Fatalf("the run of 100,000 futures ended with %+v", st.Result)
	}
	simulated := time.Duration(st.Result.WallMs * float64(time.Millisecond))
	if ratio := float64(slowest) / float64(simulated); ratio > slowAnswerRatio {
		t.Errorf("the page took %v to answer during the run or while the timeline took it in: %.1f times the %v the simulation took, more than %.0f",
			slowest, ratio, simulated, slowAnswerRatio)
	}
	checkDrawn(t, ctx, "huge")
	screenshot(t, ctx, "robust-huge")
	// The run was too big to carry its JSON: the export asks the worker to write it.
	click(t, ctx, "#export summary")
	click(t, ctx, "#export-trace")
	if data := waitFile(t, filepath.Join(dir, "futurescope-01-futures-and-submit.trace.json"), max(10*time.Second, 10*simulated)); !strings.HasPrefix(string(data), `{"version":`) ||
		strings.Count(string(data), `"kind":"future_create"`) != 100000 {
		t.Errorf("the big run's trace export has %d bytes and %d futures, want 100000", len(data), strings.Count(string(data), `"kind":"future_create"`))
	}
	writeFigures(t, "huge.txt", []string{fmt.Sprintf("100,000 futures: simulated in %.0f ms; the page's slowest answer meanwhile took %v "+
		"(%.2f times the simulation, at most %.0f allowed; idle, the page answers in %v)",
		st.Result.WallMs, slowest.Round(time.Millisecond), float64(slowest)/float64(simulated), slowAnswerRatio, idle.Round(time.Microsecond))})
}

// fiveCalls returns how long the page takes to answer five calls (focusing the lesson list).
func fiveCalls(t *testing.T, ctx context.Context) time.Duration {
	t.Helper()
	start := time.Now()
	for range 5 {
		eval(t, ctx, `document.getElementById('lesson-select').focus()`)
	}
	return time.Since(start)
}

// checkAnswered checks that the page answered five calls in d while a script ran in its worker for
// runMs: a page that waited for the run would have taken about runMs. The bound is relative to this
// machine: half the run's time, or 20 times what five calls took while the page was idle, whichever
// is larger (at least 2 s).
func checkAnswered(t *testing.T, what string, d, idle time.Duration, runMs float64) {
	t.Helper()
	run := time.Duration(runMs * float64(time.Millisecond))
	limit := max(2*time.Second, run/2, 20*idle)
	if d > limit {
		t.Errorf("%s: the page took %v to answer 5 calls during the run (the run took %v; idle, 5 calls took %v): more than %v",
			what, d, run, idle, limit)
	}
	t.Logf("%s: the page answered 5 calls in %v during a %v run (idle: %v)", what, d.Round(time.Millisecond), run.Round(time.Millisecond), idle.Round(time.Millisecond))
}

// slowAnswerRatio bounds the page's slowest answer during a big run, as a multiple of the time the
// run's simulation took on the same machine in the same test.
const slowAnswerRatio = 3.0

// idleAnswer returns the median time the page takes to answer (a round trip through its main thread)
// while nothing runs.
func idleAnswer(t *testing.T, ctx context.Context) time.Duration {
	t.Helper()
	times := make([]time.Duration, 9)
	for i := range times {
		start := time.Now()
		state(t, ctx)
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[len(times)/2]
}

package webtest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// A stall is a stretch of time the page's main thread did nothing else: no input, no drawing. The
// probe measures it as a learner would feel it, with a timer in the page that ticks every 100 ms:
// the longest gap between two ticks, less the 100 ms the timer waits anyway, is the longest stall.
const (
	// maxStallMs is issue 12's bound on a stall during a heavy run or an export, which the test
	// asserts. Each figure is logged against it with the machine's load average, and stalls.txt keeps
	// them. Dec 5, on the 2-core machine at a load average of 2.4 (make test): the flood 24 ms, the
	// 100,000 futures 20 ms, the exports 2-7 ms. With seven builds beside it (load 11 to 20) the flood
	// took 78-462 ms and the 100,000 futures 76-391 ms: the software-GL frame after a big run, and a
	// thread the machine did not run. (The page before that day's changes: 1.6-3.1 s and 1.4-1.8 s.)
	maxStallMs = 200
	probeJS    = `(() => {
  const p = window.__stallProbe || (window.__stallProbe = {});
  clearInterval(p.timer);
  p.last = performance.now(); p.worst = 0;
  p.timer = setInterval(() => { const now = performance.now(); p.worst = Math.max(p.worst, now - p.last); p.last = now; }, 100);
  p.long = [];
  if (!p.observer && window.PerformanceObserver) {
    p.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const a = (e.attribution || [])[0] || {};
        p.long.push({ms: Math.round(e.duration), where: a.containerType === 'iframe' ? 'timeline' : 'page'});
      }
    });
    try { p.observer.observe({type: 'longtask', buffered: false}); } catch (err) { p.observer = null; }
  }
  // Long animation frames name the callbacks a long task ran (timers, animation frames, messages,
  // and what no callback accounts for): each frame's window, the page's and the timeline's.
  p.loaf = [];
  p.loafSeen = p.loafSeen || new WeakSet();
  const windows = [['page', window]];
  for (const f of document.querySelectorAll('iframe')) {
    try { if (f.contentWindow && f.contentWindow.PerformanceObserver) windows.push(['timeline', f.contentWindow]); } catch (err) {}
  }
  for (const [where, w] of windows) {
    if (p.loafSeen.has(w)) continue;
    p.loafSeen.add(w);
    try {
      new w.PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.duration < 150) continue;
          const scripts = (e.scripts || []).map((s) => s.invoker + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : '') + ' (' + s.windowAttribution + ' ' + (s.sourceURL || '').split('/').pop() + ') ' + Math.round(s.duration));
          const named = (e.scripts || []).reduce((n, s) => n + s.duration, 0);
          window.__stallProbe.loaf.push({ms: Math.round(e.duration), where, what: scripts.join(' + ') + ' (' + Math.round(e.duration - named) + ' ms in no script)'});
        }
      }).observe({type: 'long-animation-frame', buffered: false});
    } catch (err) {}
  }
  return true;
})()`
	longTasksJS = `(() => { const p = window.__stallProbe; const top = [...p.long].sort((a, b) => b.ms - a.ms).slice(0, 4);
  const frames = [...(p.loaf || [])].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return top.map((e) => e.ms + ' ms in the ' + e.where).join(', ') +
    frames.map((e) => '; frame of ' + e.ms + ' ms in the ' + e.where + ': ' + e.what).join(''); })()`
	stallJS = `(() => { const p = window.__stallProbe; return Math.max(p.worst, performance.now() - p.last) - 100; })()`
)

// startProbe (re)starts the page's stall probe.
func startProbe(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](probeJS)); err != nil {
		t.Fatalf("starting the stall probe: %v", err)
	}
}

// longTasks names the longest tasks since the probe started, and whether the page or the timeline
// (its frame) ran them.
func longTasks(t testing.TB, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](longTasksJS))
	if err != nil {
		t.Fatalf("reading the long tasks: %v", err)
	}
	if s == "" {
		return "none over 50 ms"
	}
	return s
}

// longestStall returns the longest stall since the probe started, in milliseconds.
func longestStall(t testing.TB, ctx context.Context) float64 {
	t.Helper()
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](stallJS))
	if err != nil {
		t.Fatalf("reading the stall probe: %v", err)
	}
	return max(ms, 0)
}

// stallScripts are the runs measured, in order: a first small one, which loads the simulator (a
// lesson's own runs are the site's files, so the page loads it only then), apart from the heavy runs
// that follow: a flood of a million prints (which the simulator stops at its output limit, after
// about 150,000 lines), and 100,000 futures, whose run the exports then write. The first run's stall
// is logged only (loggedOnly): it is the simulator's first load, not one of issue 12's heavy runs.
var stallScripts = []struct {
	name, script string
	loggedOnly   bool
}{
	{"a first run (the simulator loads)", "print('hello')\n", true},
	{"a million prints", "for i in range(10**6):\n    print(i)\n", false},
	{"100,000 futures", "from concurrent.futures import ThreadPoolExecutor\n\ndef double(n):\n    return n * 2\n\n" +
		"with ThreadPoolExecutor(max_workers=8) as pool:\n    futures = [pool.submit(double, n) for n in range(100000)]\n" +
		"print(sum(f.result() for f in futures))\n", false},
}

// TestStalls runs the heavy runs and every export of the 100,000-future run, measures the longest
// stall meanwhile, and fails on one over maxStallMs (a first small run, which loads the simulator,
// is only logged): from the click on
// Run until the timeline has drawn the run, and from the click on an export until its file is
// saved. It prints each figure
// and writes them to stalls.txt beside the screenshots, with the time each export took; the
// progress bar of the Chrome trace's export is screenshotted as it fills.
func TestStalls(t *testing.T) {
	ctx := newTabFor(t, 15*time.Minute)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	st := open(t, ctx, "#en/01-futures-and-submit")
	var figures []string
	report := func(what string, stall float64, extra string, loggedOnly bool) {
		verdict := "within"
		if stall > maxStallMs {
			verdict = "MISSED"
		}
		line := fmt.Sprintf("%s: longest stall %.0f ms (target %d ms: %s)%s; load average %s on %d cores; longest tasks: %s", what, stall, maxStallMs, verdict, extra, loadAverage(), runtime.NumCPU(), longTasks(t, ctx))
		t.Log(line)
		figures = append(figures, line)
		if stall > maxStallMs && !loggedOnly {
			// The tasks say whose work it was: "in the timeline" is the timeline's frame (timeline.wasm:
			// decoding the trace, laying it out, its viewer), which shares the page's thread.
			t.Errorf("%s: the page stalled for %.0f ms, more than %d ms (longest tasks: %s)", what, stall, maxStallMs, longTasks(t, ctx))
		}
	}
	rec := newRecorder(t, ctx, os.Getenv("FUTURESCOPE_STALL_TRACE"))
	for _, s := range stallScripts {
		eval(t, ctx, `window.futurescopePage.setCode(`+jsString(s.script)+`)`)
		rec.start()
		startProbe(t, ctx)
		start := time.Now()
		click(t, ctx, "#run")
		waitShownFor(t, ctx, st.Shown+1, 5*time.Minute)
		took := time.Since(start)
		stall := longestStall(t, ctx) // before reading the whole state, which takes the page's thread a while
		rec.stop(s.name)
		if st = state(t, ctx); st.Result == nil {
			t.Fatalf("%s: no result", s.name)
		}
		report(s.name, stall, fmt.Sprintf(" (run and drawn in %v, the simulation %.0f ms; %d events)",
			took.Round(time.Millisecond), st.Result.WallMs, st.Result.Events), s.loggedOnly)
	}
	if r := st.Result; r.ExitCode != 0 || r.Stdout != "9999900000\n" {
		t.Fatalf("the run of 100,000 futures ended with %+v", r)
	}
	base := "futurescope-01-futures-and-submit"
	exports := []struct{ id, file, starts string }{
		{"export-chrome", base + ".chrome.json", `{"traceEvents":[`},
		{"export-trace", base + ".trace.json", `{"version":`},
		{"export-svg", base + ".svg", "<svg"},
	}
	for _, ex := range exports {
		startProbe(t, ctx)
		start := time.Now()
		click(t, ctx, "#export summary")
		click(t, ctx, "#"+ex.id)
		if ex.id == "export-chrome" {
			shotProgress(t, ctx, "export-progress")
		}
		data := waitFileQuiet(t, filepath.Join(dir, ex.file), 5*time.Minute)
		took := time.Since(start)
		if !strings.HasPrefix(string(data), ex.starts) {
			t.Errorf("%s starts %.40q, want %q", ex.file, data, ex.starts)
		}
		report("export "+ex.file, longestStall(t, ctx), fmt.Sprintf(" (%.1f MB in %v)", float64(len(data))/1e6, took.Round(time.Millisecond)), false)
		if ex.id == "export-chrome" && took > 5*time.Second {
			t.Logf("the Chrome trace of 100,000 futures took %v, more than the 5 s aimed at", took.Round(time.Millisecond))
		}
	}
	checkCancel(t, ctx, dir, base+".chrome.json")
	writeFigures(t, "stalls.txt", figures)
}

// checkCancel starts the Chrome trace's export again and cancels it from its progress bar: the bar
// goes away and no file is saved.
func checkCancel(t *testing.T, ctx context.Context, dir, file string) {
	t.Helper()
	path := filepath.Join(dir, file)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, "#export summary")
	click(t, ctx, "#export-chrome")
	click(t, ctx, "#export-cancel")
	deadline := time.Now().Add(10 * time.Second)
	for !hiddenProgress(t, ctx) {
		if time.Now().After(deadline) {
			t.Fatal("the export's progress bar is still shown 10 s after Cancel")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(2 * time.Second)
	if _, err := os.Stat(path); err == nil {
		t.Errorf("the cancelled export still saved %s", file)
	}
}

// hiddenProgress tells whether the export's progress bar is hidden (or was never made).
func hiddenProgress(t *testing.T, ctx context.Context) bool {
	t.Helper()
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const el = document.getElementById('export-progress'); return !el || el.hidden; })()`))
	if err != nil {
		t.Fatal(err)
	}
	return hidden
}

// shotProgress waits for the export's progress bar to show some progress and screenshots it.
func shotProgress(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => { const el = document.querySelector('#export-progress progress'); return el && !el.closest('[hidden]') ? el.value : -1; })()`))
		if err != nil {
			t.Fatal(err)
		}
		if v > 0.05 {
			screenshot(t, ctx, name)
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("the export's progress bar showed no progress in 20 s")
}

// drawnJS tells whether the page's n-th run is drawn, reading no more of the page's state than that:
// the whole state holds the last run's output, which a flood makes a megabyte, and writing it out
// every 100 ms as JSON held the page's thread for 80 to 300 ms each time (the probe counted those).
const drawnJS = `((n) => { const s = window.futurescopePage.state(); return s.shown >= n && !s.running; })(%d)`

// waitShownFor waits up to limit for the page's n-th run to be drawn.
func waitShownFor(t testing.TB, ctx context.Context, n int, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		drawn, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(drawnJS, n)))
		if err != nil {
			t.Fatalf("reading the page's state: %v", err)
		}
		if drawn {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("run %d not drawn after %v", n, limit)
}

// waitFileQuiet waits up to limit for a download to be complete and returns it.
func waitFileQuiet(t *testing.T, path string, limit time.Duration) []byte {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			return data
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no download %s after %v", filepath.Base(path), limit)
	return nil
}

// A recorder records each heavy run for a closer look when FUTURESCOPE_STALL_TRACE names a folder: a
// Chrome trace of every thread (NAME.trace.json, for chrome://tracing or the Performance panel of
// Chrome's DevTools) and a CPU profile of the page's thread (NAME.cpuprofile; a timeline.wasm built
// without -s -w names its Go functions). They name what a stall was: a script, style and layout, a
// garbage collection, or Chrome's commit waiting for the GPU process (Commit, and on CrGpuMain a
// WebGL readPixels). A nil recorder records nothing.
type recorder struct {
	t      *testing.T
	ctx    context.Context
	dir    string
	mu     sync.Mutex
	events []jsonv2.Value
	done   chan struct{}
}

// newRecorder returns a recorder writing into dir, or nil when dir is "".
func newRecorder(t *testing.T, ctx context.Context, dir string) *recorder {
	if dir == "" {
		return nil
	}
	r := &recorder{t: t, ctx: ctx, dir: dir, done: make(chan struct{}, 1)}
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			r.mu.Lock()
			r.events = append(r.events, e.Value...)
			r.mu.Unlock()
		case *tracing.EventTracingComplete:
			r.done <- struct{}{}
		}
	}); err != nil {
		t.Fatal(err)
	}
	return r
}

// start starts recording.
func (r *recorder) start() {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.events = nil
	r.mu.Unlock()
	categories := []string{"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "gpu", "cc", "viz"}
	if _, err := chromedp.Call(r.ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: categories}}); err != nil {
		r.t.Fatal(err)
	}
	for _, err := range []error{call(r.ctx, profiler.Enable, cdp.Empty{}), call(r.ctx, profiler.Start, cdp.Empty{})} {
		if err != nil {
			r.t.Fatal(err)
		}
	}
}

// stop stops recording and writes what it recorded as the run called name.
func (r *recorder) stop(name string) {
	if r == nil {
		return
	}
	prof, err := chromedp.Call(r.ctx, profiler.Stop, cdp.Empty{})
	if err == nil {
		err = call(r.ctx, tracing.End, cdp.Empty{})
	}
	if err != nil {
		r.t.Fatal(err)
	}
	select {
	case <-r.done:
	case <-time.After(time.Minute):
		r.t.Fatal("recording a stall: the trace did not end in a minute")
	}
	r.mu.Lock()
	trace, err := json.Marshal(map[string]any{"traceEvents": r.events})
	r.mu.Unlock()
	profile, err2 := json.Marshal(prof.Profile)
	base := filepath.Join(r.dir, strings.NewReplacer(" ", "-", ",", "").Replace(name))
	for _, err := range []error{err, err2, os.WriteFile(base+".trace.json", trace, 0o644), os.WriteFile(base+".cpuprofile", profile, 0o644)} {
		if err != nil {
			r.t.Fatal(err)
		}
	}
	r.t.Logf("%s: recorded in %s.trace.json and .cpuprofile", name, base)
}

// call runs a command whose result is of no use.
func call[P, R any](ctx context.Context, cmd cdp.Command[P, R], params P) error {
	_, err := chromedp.Call(ctx, cmd, params)
	return err
}

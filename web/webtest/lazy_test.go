package webtest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// runnerFetched is true once the page has asked for runner.wasm (its own requests: the service
// worker's offline copy is its own).
const runnerFetched = `performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/runner.wasm'))`

// TestLazyRunner opens the first lesson as a first visitor: its run shows (the course's, made when
// the site was built) and the interactive timeline draws it with no runner.wasm fetched, even after
// a pause. The focus in the editor brings the simulator; a line typed and Ctrl+Enter run on it. Then,
// with runner.wasm slowed down, a Run pressed over an edited script while it loads shows the
// download's progress bar and runs once it has come; a Stop pressed instead, while it loads, stops it.
func TestLazyRunner(t *testing.T) {
	ctx := newTab(t)
	origin := strings.TrimSuffix(baseURL, "/")
	freshVisitor(t, ctx, origin)
	st := open(t, ctx, "#en/01-futures-and-submit")
	if st.Mode != "viewer" {
		t.Errorf("the first timeline is drawn in mode %q, want the interactive viewer", st.Mode)
	}
	time.Sleep(2 * time.Second) // nothing loads on idle
	lazy, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`({fetched: `+runnerFetched+`,
		loading: window.futurescopePage.state().runnerLoading, precomputed: window.futurescopePage.state().precomputed})`))
	if err != nil {
		t.Fatal(err)
	}
	if lazy["fetched"] != false || lazy["loading"] != false || lazy["precomputed"] != true {
		t.Errorf("a first visit, its lesson shown: %v; want runner.wasm neither fetched nor loading, the run the course's", lazy)
	}
	if st.Result == nil || st.Result.ExitCode != 0 || !strings.Contains(text(t, ctx, "console"), st.Result.Stdout) || st.Result.Stdout == "" {
		t.Errorf("the course's run of lesson 1: %+v, console %q", st.Result, text(t, ctx, "console"))
	}
	issue13Shot(t, ctx, "first-visit")

	click(t, ctx, ".cm-content")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](runnerFetched, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("the focus in the editor did not fetch runner.wasm: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent("\nprint('lazy', 6 * 7)\n"), chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl))); err != nil {
		t.Fatal(err)
	}
	st = waitShown(t, ctx, st.Shown+1)
	if st.Result == nil || !strings.HasSuffix(st.Result.Stdout, "lazy 42\n") || st.Result.WallMs <= 0 {
		t.Errorf("the edited lesson run on the simulator: %+v, want its output ending in lazy 42 and the run's own time", st.Result)
	}
	issue13Shot(t, ctx, "runner-ran")

	// A slow network: runner.wasm at 1 MB/s. A script typed (setCode, as typing does) and Run at once.
	ctx = newTab(t)
	freshVisitor(t, ctx, origin)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	byRule := cdp.Command[map[string]any, json.RawMessage]{Method: network.CommandEmulateNetworkConditionsByRule}
	slow := map[string]any{"offline": false, "matchedNetworkConditions": []any{map[string]any{
		"urlPattern": baseURL + "runner.wasm", "latency": 50, "downloadThroughput": 1e6, "uploadThroughput": -1}}}
	if _, err := chromedp.Call(ctx, byRule, slow); err != nil {
		t.Fatalf("slowing runner.wasm down: %v", err)
	}
	st = open(t, ctx, "#en/01-futures-and-submit")
	eval(t, ctx, `window.futurescopePage.setCode("print('ran once it came')\n")`)
	click(t, ctx, "#run")
	loading := `!document.getElementById('runner-progress').hidden && /%/.test(document.getElementById('runner-progress').textContent)`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](loading, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("no progress bar while runner.wasm loads: %v (page %+v)", err, safeState(ctx))
	}
	issue13Shot(t, ctx, "runner-loading")
	st = waitShown(t, ctx, st.Shown+1)
	if st.Result == nil || st.Result.Stdout != "ran once it came\n" {
		t.Errorf("the Run pressed while the simulator loaded: %+v", st.Result)
	}
	done, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(p => [p.bytes, p.total])(window.futurescopeRunnerProgress)`))
	if err != nil || len(done) != 2 || done[1] <= 0 || done[0] != done[1] {
		t.Errorf("the progress bar counted %v bytes (%v), want all of runner.wasm's", done, err)
	}
	if hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('runner-progress').hidden`)); err != nil || !hidden {
		t.Errorf("the progress bar is still up once the simulator ran (%v)", err)
	}
	issue13Shot(t, ctx, "runner-arrived")

	// Stop pressed while the simulator loads: the run waiting for it never starts.
	ctx = newTab(t)
	freshVisitor(t, ctx, origin)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, byRule, slow); err != nil {
		t.Fatalf("slowing runner.wasm down: %v", err)
	}
	st = open(t, ctx, "#en/01-futures-and-submit")
	eval(t, ctx, `window.futurescopePage.setCode("print('never')\n")`)
	click(t, ctx, "#run")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](loading, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("no progress bar while runner.wasm loads: %v", err)
	}
	click(t, ctx, "#run") // Stop
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!window.futurescopePage.state().running`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("Stop while the simulator loaded left the page running: %v (page %+v)", err, safeState(ctx))
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('runner-progress').hidden`, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if after := state(t, ctx); after.Runs != st.Runs || strings.Contains(text(t, ctx, "console"), "never") {
		t.Errorf("a run stopped while the simulator loaded ran once it came: runs %d, then %d; console %q", st.Runs, after.Runs, text(t, ctx, "console"))
	}
}

// issue13Shot saves a screenshot in the screenshots folder's issue13/, where issue 13's are looked at.
func issue13Shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if shots != "" {
		if err := os.MkdirAll(filepath.Join(shots, "issue13"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	screenshot(t, ctx, filepath.Join("issue13", name))
}

// TestPicturePreview runs a script of the learner's own while the interactive viewer is still on its
// way (timeline.wasm slowed to 100 KB/s): the run comes with no picture, so draw.wasm draws it, and
// the frame shows it at once in the lesson's picture's place, before the viewer is up; then the viewer
// draws the run.
func TestPicturePreview(t *testing.T) {
	ctx := newTab(t)
	freshVisitor(t, ctx, strings.TrimSuffix(baseURL, "/"))
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	byRule := cdp.Command[map[string]any, json.RawMessage]{Method: network.CommandEmulateNetworkConditionsByRule}
	if _, err := chromedp.Call(ctx, byRule, map[string]any{"offline": false, "matchedNetworkConditions": []any{map[string]any{
		"urlPattern": baseURL + "timeline.wasm", "latency": 50, "downloadThroughput": 1e5, "uploadThroughput": -1}}}); err != nil {
		t.Fatalf("slowing timeline.wasm down: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(baseURL+"#en/01-futures-and-submit")); err != nil {
		t.Fatal(err)
	}
	const framePicture = `(d => (d.querySelector('#svg svg') || {}).outerHTML || '')(document.getElementById('timeline').contentDocument)`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](framePicture+`.startsWith('<svg')`, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("the lesson's picture was not shown while the viewer loads: %v (page %+v)", err, safeState(ctx))
	}
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(learnerScript)+`)`)
	click(t, ctx, "#run")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](framePicture+`.includes('turn_wheel')`, chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("the learner's run's picture was not shown: %v (page %+v)", err, safeState(ctx))
	}
	if st := state(t, ctx); st.Mode != "" || st.Shown != 0 {
		t.Errorf("the learner's picture showed after the viewer came up (mode %q, %d timelines drawn): slow timeline.wasm down more", st.Mode, st.Shown)
	}
	if fetched, err := chromedp.Run(ctx, chromedp.Evaluate[bool](drawFetched)); err != nil || !fetched {
		t.Errorf("the learner's run was pictured without draw.wasm (%v)", err)
	}
	issue13Shot(t, ctx, "learner-picture")
	if st := waitShown(t, ctx, 1); st.Mode != "viewer" || st.Result == nil || st.Result.Stdout != "2\n" {
		t.Errorf("once the viewer came: mode %q, result %+v; want the learner's run in the viewer", st.Mode, st.Result)
	}
}

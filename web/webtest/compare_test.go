package webtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/web/site"
)

// The recording the comparisons load: compare/testdata/pool.py run under CPython 3.13.0 with the
// recorder (see compare/load_test.go).
const (
	poolScript   = "../../compare/testdata/pool.py"
	poolRecorded = "../../compare/testdata/pool.recorded.json"
)

// compareFetched is true once the page has asked for compare.wasm (its own requests).
const compareFetched = `performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/compare.wasm'))`

// comparePanel is what the comparison panel (web/src/compare.js) shows.
type comparePanel struct {
	State, File, Verdict, Error string
	Diffs, Ordering, Panels     int
	Titles                      []string
	Text                        string
}

const readPanel = `(() => {
  const p = document.getElementById('compare');
  const q = (s) => p.querySelector(s);
  const svg = q('.compare-svg');
  return JSON.stringify({state: p.hidden ? 'hidden' : p.dataset.state || '', file: q('.compare-file')?.textContent || '',
    verdict: q('.compare-verdict')?.textContent || '', error: q('.compare-error')?.textContent || '',
    diffs: p.querySelectorAll('.compare-diffs li').length, ordering: p.querySelectorAll('.compare-diffs li.ordering').length,
    panels: svg ? svg.querySelectorAll('svg > svg').length : 0,
    titles: svg ? [...svg.querySelectorAll(':scope > svg > text')].map((t) => t.textContent) : [],
    text: p.textContent});
})()`

// panel waits until the comparison panel is in state (done or error) and reads it.
func panel(t *testing.T, ctx context.Context, state string) comparePanel {
	t.Helper()
	expr := fmt.Sprintf(`document.getElementById('compare').dataset.state === %q && !document.getElementById('compare').hidden`, state)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		raw, _ := chromedp.Run(ctx, chromedp.Evaluate[string](readPanel))
		t.Fatalf("the comparison panel never reached %s: %v (it shows %s)", state, err, raw)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](readPanel))
	if err != nil {
		t.Fatal(err)
	}
	var p comparePanel
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// choose sets the comparison's file input to path, as the file picker would.
func choose(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	// A new comparison: the panel is busy until it answers.
	eval(t, ctx, `document.getElementById('compare').dataset.state = 'picking'`)
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#compare-file"), []string{abs})); err != nil {
		t.Fatalf("choosing %s: %v", path, err)
	}
}

// TestCompareRecorded loads a run recorded under CPython with the file picker, beside the editor's
// script: both timelines on one axis, and a verdict that the order of events agrees; compare.wasm is
// fetched then, and not before. An edit that makes the jobs finish in another order then lists a
// completion-order difference with its cause, and the same file dropped on the page compares too.
func TestCompareRecorded(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	src, err := os.ReadFile(poolScript)
	if err != nil {
		t.Fatal(err)
	}
	eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(string(src))))
	if b := text(t, ctx, "compare-open"); b != "Compare with CPython…" {
		t.Errorf("the toolbar's button says %q", b)
	}
	if fetched, err := chromedp.Run(ctx, chromedp.Evaluate[bool](compareFetched)); err != nil || fetched {
		t.Errorf("the page fetched compare.wasm before any comparison (%v)", err)
	}
	choose(t, ctx, poolRecorded)
	p := panel(t, ctx, "done")
	if fetched, err := chromedp.Run(ctx, chromedp.Evaluate[bool](compareFetched)); err != nil || !fetched {
		t.Errorf("a comparison ran without the page fetching compare.wasm (%v)", err)
	}
	if p.File != "pool.recorded.json" || !strings.HasPrefix(p.Verdict, "The order of events agrees with CPython") || p.Ordering != 0 {
		t.Errorf("file %q, verdict %q, %d ordering differences: want pool.recorded.json agreeing", p.File, p.Verdict, p.Ordering)
	}
	if p.Panels != 2 || len(p.Titles) != 2 || p.Titles[0] != "Simulated (futurescope)" || p.Titles[1] != "Recorded (CPython 3.13.0)" {
		t.Errorf("%d panels titled %q, want the simulated run above the recorded one", p.Panels, p.Titles)
	}
	if !strings.Contains(p.Text, "events under CPython 3.13.0 (2 cores") {
		t.Errorf("the panel does not say what the recording was made under: %q", p.Text)
	}
	screenshot(t, ctx, "compare-agrees")

	// The jobs' sleeps reversed: they finish in the other order in the simulation.
	eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(strings.Replace(string(src), "0.05 * n", "0.05 * (5 - n)", 1))))
	eval(t, ctx, `document.getElementById('compare').dataset.state = 'again'`)
	click(t, ctx, "#compare-again")
	p = panel(t, ctx, "done")
	if p.Ordering == 0 || !strings.Contains(p.Verdict, "in the order of events") || !strings.Contains(p.Text, "completion order: futures") ||
		!strings.Contains(p.Text, "why: more than real scheduling jitter can explain") {
		t.Errorf("verdict %q, %d ordering differences, text %q: want the completion order listed with its cause", p.Verdict, p.Ordering, p.Text)
	}
	screenshot(t, ctx, "compare-differs")

	// Dropped on the page rather than picked: the same comparison.
	rec, err := os.ReadFile(poolRecorded)
	if err != nil {
		t.Fatal(err)
	}
	eval(t, ctx, `document.getElementById('compare').dataset.state = 'dropping'`)
	eval(t, ctx, fmt.Sprintf(`(() => {
  const dt = new DataTransfer();
  dt.items.add(new File([%s], 'dropped.json', {type: 'application/json'}));
  document.getElementById('editor').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
})()`, jsString(string(rec))))
	if p = panel(t, ctx, "done"); p.File != "dropped.json" || p.Panels != 2 {
		t.Errorf("a dropped trace: file %q, %d panels", p.File, p.Panels)
	}
	if code := pageCode(t, ctx); strings.Contains(code, `"version"`) {
		t.Error("the dropped trace went into the editor too")
	}

	// In Chinese: the button, the verdict, the kinds and the drawing's titles.
	eval(t, ctx, `document.getElementById('compare').hidden = true`)
	click(t, ctx, `#lang-switch button[lang="zh"]`)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.futurescopePage.state().lang === 'zh' && document.getElementById('compare-open').textContent === '与 CPython 对比…'`,
		chromedp.WithPollingTimeout(time.Minute))); err != nil {
		t.Fatalf("the page and its Compare button did not switch to Chinese: %v", err)
	}
	eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(string(src))))
	choose(t, ctx, poolRecorded)
	p = panel(t, ctx, "done")
	if !strings.HasPrefix(p.Verdict, "事件顺序与 CPython 一致") || len(p.Titles) != 2 || p.Titles[0] != "模拟（futurescope）" || p.Titles[1] != "实际运行（CPython 3.13.0）" {
		t.Errorf("in Chinese: verdict %q, titles %q", p.Verdict, p.Titles)
	}
	screenshot(t, ctx, "compare-zh")
}

// TestCompareBadFiles loads what is not a recording: a malformed file, one of another version, a
// simulated trace, a 101 MB file (refused before it is read) and a 30 MB one malformed at its end,
// which the worker parses while the page keeps answering. Each gets a clear error and how to record.
func TestCompareBadFiles(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	dir := t.TempDir()
	good, err := os.ReadFile(poolRecorded)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	huge := write("huge.json", nil)
	if err := os.Truncate(huge, 101<<20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	var big bytes.Buffer
	big.WriteString(`{"version":1,"meta":{"python":"3.13.0"},"events":[`)
	for i := 0; big.Len() < 30<<20; i++ {
		fmt.Fprintf(&big, `{"seq":%d,"t":%d,"kind":"thread_start","thread":1,"proc":1,"name":"MainThread"},`+"\n", i, i)
	}
	big.WriteString(`]`) // the closing brace is missing
	for _, c := range []struct {
		name, path, want string
	}{
		{"malformed", write("cut.json", good[:len(good)/3]), "compare: cut.json is not a futurescope trace: "},
		{"another version", write("v9.json", bytes.Replace(good, []byte(`"version":1`), []byte(`"version":9`), 1)),
			"compare: v9.json is a trace of another futurescope version"},
		{"simulated", write("sim.json", []byte(`{"version":1,"events":[]}`)), "compare: sim.json is a simulated trace"},
		{"huge", huge, "compare: huge.json is 101.0 MB, larger than the 100 MB a recorded trace may be"},
		{"big and malformed", write("big.json", big.Bytes()), "compare: big.json is not a futurescope trace: "},
	} {
		idle := fiveCalls(t, ctx)
		start := time.Now()
		choose(t, ctx, c.path)
		d := fiveCalls(t, ctx)
		p := panel(t, ctx, "error")
		took := time.Since(start)
		if !strings.HasPrefix(p.Error, c.want) || !strings.Contains(p.Text, "python3 -m futurescope_record") {
			t.Errorf("%s: the panel says %q, want an error starting %q and how to record", c.name, p.Error, c.want)
		}
		if c.name == "big and malformed" {
			checkAnswered(t, "a 30 MB malformed trace", d, idle, float64(took.Milliseconds()))
			screenshot(t, ctx, "compare-bad-file")
		}
		t.Logf("%s: refused in %v: %s", c.name, took.Round(time.Millisecond), p.Error)
	}
	// The page still runs scripts, and a good file still compares after the bad ones.
	choose(t, ctx, poolRecorded)
	if p := panel(t, ctx, "done"); p.Panels != 2 {
		t.Errorf("after the bad files, a good one drew %d panels", p.Panels)
	}
	// A recording of 60,000 events is compared but not drawn: the page says how to draw it.
	var many bytes.Buffer
	many.WriteString(`{"version":1,"meta":{"python":"3.13.0"},"events":[`)
	for i := range 60000 {
		if i > 0 {
			many.WriteString(",\n")
		}
		fmt.Fprintf(&many, `{"seq":%d,"t":%d,"kind":"print","thread":1,"proc":1,"value":"line %d"}`, i, i*1000, i)
	}
	many.WriteString("]}\n")
	choose(t, ctx, write("many.json", many.Bytes()))
	if p := panel(t, ctx, "done"); p.Panels != 0 || !strings.Contains(p.Text, "too many events to draw here") || !strings.Contains(p.Text, "60000 events under CPython") {
		t.Errorf("a recording of 60,000 events: %d panels drawn, text %q", p.Panels, p.Text)
	}
}

// TestCompareLoads compares as a first visitor, with compare.wasm slowed down as on a slow network:
// the panel counts compare.wasm's bytes while it comes, to the end, and the comparison then shows.
func TestCompareLoads(t *testing.T) {
	ctx := newTab(t)
	freshVisitor(t, ctx, strings.TrimSuffix(baseURL, "/"))
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	byRule := cdp.Command[map[string]any, json.RawMessage]{Method: network.CommandEmulateNetworkConditionsByRule}
	slow := map[string]any{"offline": false, "matchedNetworkConditions": []any{map[string]any{
		"urlPattern": baseURL + "compare.wasm", "latency": 50, "downloadThroughput": 1e6, "uploadThroughput": -1}}}
	if _, err := chromedp.Call(ctx, byRule, slow); err != nil {
		t.Fatalf("slowing compare.wasm down: %v", err)
	}
	open(t, ctx, "#en")
	src, err := os.ReadFile(poolScript)
	if err != nil {
		t.Fatal(err)
	}
	eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(string(src))))
	choose(t, ctx, poolRecorded)
	loading := `(p => p && !p.hidden && /^Loading the comparison \(compare\.wasm, once\)… \d+%$/.test(p.textContent))(document.getElementById('compare-progress'))`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](loading, chromedp.WithPollingTimeout(waitRun))); err != nil {
		raw, _ := chromedp.Run(ctx, chromedp.Evaluate[string](readPanel))
		t.Fatalf("no progress while compare.wasm loads: %v (the panel shows %s)", err, raw)
	}
	screenshot(t, ctx, "compare-loading")
	if p := panel(t, ctx, "done"); p.Panels != 2 {
		t.Errorf("once compare.wasm came, the comparison drew %d panels", p.Panels)
	}
	done, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(p => [p.bytes, p.total])(window.futurescopeCompareProgress)`))
	if err != nil || len(done) != 2 || done[1] <= 0 || done[0] != done[1] {
		t.Errorf("the progress counted %v bytes (%v), want all of compare.wasm's", done, err)
	}
}

// TestCompareOffline goes offline on two sites of their own: on one the learner never compared, and a
// comparison says at once that it needs the network once; on the other the learner compared once
// online, and the comparison's worker is made from the offline copy of compare.wasm (the service
// worker's) and compares offline.
func TestCompareOffline(t *testing.T) {
	src, err := os.ReadFile(poolScript)
	if err != nil {
		t.Fatal(err)
	}
	for _, compared := range []bool{false, true} {
		mux := http.NewServeMux()
		mux.Handle("/fs/", http.StripPrefix("/fs", site.Handler(os.DirFS(os.Getenv("FUTURESCOPE_WEB_DIST")))))
		srv := httptest.NewServer(mux)
		defer srv.Close()
		page := srv.URL + "/fs/#en"
		ctx := newTab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Fatal(err)
		}
		waitShown(t, ctx, 1)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(waitRun))); err != nil {
			t.Fatalf("the service worker did not take control of the page: %v", err)
		}
		if compared {
			eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(string(src))))
			choose(t, ctx, poolRecorded)
			panel(t, ctx, "done")
			if kept := waitKept(t, ctx, srv.URL+"/fs/", "compare.wasm"); !slices.Contains(kept, "compare.wasm") {
				t.Fatal("compared once online, the offline copy lacks compare.wasm: is it among the build's files (tools/webbuild's siteFiles)?")
			}
		} else if kept := waitKept(t, ctx, srv.URL+"/fs/", "course/en/01-futures-and-submit.json"); slices.Contains(kept, "compare.wasm") {
			t.Fatalf("the offline copy holds compare.wasm, which the page never loaded: %v", kept)
		}
		srv.Close()
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(page)); err != nil {
			t.Fatalf("offline, reloading the page: %v", err)
		}
		waitShown(t, ctx, 1)
		eval(t, ctx, fmt.Sprintf(`window.futurescopePage.setCode(%s)`, jsString(string(src))))
		choose(t, ctx, poolRecorded)
		if !compared {
			const says = "The comparison is not kept on this device yet and the network is out of reach: connect once"
			if p := panel(t, ctx, "error"); !strings.HasPrefix(p.Error, says) {
				t.Errorf("offline, never compared: the panel says %q, want %q", p.Error, says)
			}
			screenshot(t, ctx, "compare-offline-never-loaded")
			continue
		}
		if p := panel(t, ctx, "done"); p.Panels != 2 || !strings.HasPrefix(p.Verdict, "The order of events agrees") {
			t.Errorf("offline, the comparison drew %d panels, verdict %q", p.Panels, p.Verdict)
		}
	}
}

package webtest

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// precomputedCheck runs, in the page, every block of the course that has a run in the site's files
// on the simulator itself (runner.wasm, as a learner's Run does) and compares the two field by field,
// the trace's binary form byte for byte, and the picture with the one draw.wasm draws of the live
// run's trace. It resolves with [{name, diffs}] and the blocks with no run.
const precomputedCheck = `(async () => {
	const json = async (url) => { const r = await fetch(url); if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); };
	const bytes = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
	const out = [], none = [];
	for (const lang of ['en', 'zh']) {
		for (const l of await json('course/' + lang + '.json')) {
			const lesson = await json('course/' + lang + '/' + l.slug + '.json');
			for (const b of lesson.blocks) {
				const name = lang + '/' + l.slug + '/' + b.index;
				if (b.norun) continue;
				if (!b.run) { none.push(name); continue; }
				const pre = await json(b.run);
				const live = await window.futurescopePage.runLive(b.code, {filename: 'script.py', cores: b.cores || 4, freeThreaded: !!b.freeThreaded, lang});
				const diffs = [];
				for (const k of ['stdout', 'stderr', 'exitCode', 'error', 'kind', 'futures', 'events', 'virtualNs']) {
					if (pre[k] !== live[k]) diffs.push(k);
				}
				if ('traceJSON' in pre || 'traceJSON' in live || 'svg' in live) diffs.push('trace JSON or svg carried');
				if (pre.svg !== await window.futurescopePage.draw('svg', [live.traceBin, lang])) diffs.push('svg');
				const mark = (m) => [m.line, m.col, m.endLine, m.endCol, m.message].join('|');
				if (pre.marks.map(mark).join('\n') !== live.marks.map(mark).join('\n')) diffs.push('marks');
				const a = bytes(pre.traceBin), c = live.traceBin;
				if (a.length !== c.length || a.some((v, i) => v !== c[i])) diffs.push('traceBin');
				if ('wallMs' in pre) diffs.push('wallMs kept');
				out.push({name, diffs, events: live.events});
			}
		}
	}
	return {out, none};
})()`

// TestPrecomputedRuns holds the course's runs (written natively when the site was built, which the
// page shows instead of running a lesson's block) to the runs the simulator makes in the browser:
// every block of both languages, the same output, report, marks and trace, byte for byte, and the
// same picture as draw.wasm draws of the simulator's trace.
func TestPrecomputedRuns(t *testing.T) {
	ctx := newTabFor(t, lessonsTabTimeout)
	open(t, ctx, "#en/01-futures-and-submit")
	start := time.Now()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Out []struct {
			Name   string
			Diffs  []string
			Events int
		}
		None []string
	}](precomputedCheck, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running the course's blocks in the page: %v", err)
	}
	if len(got.Out) < 100 {
		t.Errorf("%d blocks with a run in the course's files, want every block of both languages (over 100)", len(got.Out))
	}
	events := 0
	for _, b := range got.Out {
		events += b.Events
		if len(b.Diffs) > 0 {
			t.Errorf("%s: the course's run differs from the simulator's in the browser in %s", b.Name, strings.Join(b.Diffs, ", "))
		}
	}
	if len(got.None) > 0 {
		t.Logf("blocks the page runs on the simulator, the course having no run of them: %s", strings.Join(got.None, " "))
	}
	t.Logf("%d blocks' runs (%d events) equal the simulator's in the browser; %d without a run in the course; %.0f s",
		len(got.Out), events, len(got.None), time.Since(start).Seconds())
}

package webtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/web/site"
)

// TestOffline serves the site at a sub-path of a server of its own and opens lesson 01 as a first
// visitor, then lesson 03, then focuses the editor (which loads the simulator). The service worker
// must have kept what was loaded, and only that: runner.wasm as the browser decoded it (not the brotli
// copy the server sent), both lessons and their runs, no lesson never opened. Then the server stops:
// the page reloads, shows lessons 01 and 03 with their interactive timelines, runs an edited script,
// and says of a lesson never opened that it needs the network.
func TestOffline(t *testing.T) {
	dist := os.Getenv("FUTURESCOPE_WEB_DIST")
	mux := http.NewServeMux()
	mux.Handle("/course/futures/", http.StripPrefix("/course/futures", site.Handler(os.DirFS(dist))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	page := srv.URL + "/course/futures/"

	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(page+"#en/01-futures-and-submit")); err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, ctx, 1)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("the service worker did not take control of the page: %v", err)
	}
	eval(t, ctx, `location.hash = '#en/03-done-callbacks'`)
	st = waitShown(t, ctx, st.Shown+1)
	eval(t, ctx, `document.querySelector('#editor .cm-content').focus()`)
	// What a learner who read two lessons and clicked into the editor has kept: the simulator, both
	// lessons with their first runs (lesson 01's, fetched before the worker took control, at the
	// page's word), and nothing else of the course.
	kept := waitKept(t, ctx, page, "runner.wasm", "course/en/01-futures-and-submit.json", "course/en/01-futures-and-submit/1.json",
		"course/en/03-done-callbacks.json", "course/en/03-done-callbacks/1.json", "timeline.wasm", "course/en.json")
	for _, f := range []string{"course/en/05-wait.json", "course/en/02-map-and-with/1.json", "unicode-names.txt", "draw.wasm"} {
		if slices.Contains(kept, f) {
			t.Errorf("the offline copy holds %s, which the page never loaded (a first visit must stay cheap)", f)
		}
	}
	cached, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`(async () => {
		const names = (await caches.keys()).filter((n) => n.startsWith('futurescope:'));
		const cache = await caches.open(names[0]);
		const resp = await cache.match('runner.wasm', {ignoreVary: true});
		const head = new Uint8Array(await resp.clone().arrayBuffer());
		return {names, scope: (await navigator.serviceWorker.ready).scope, type: resp.headers.get('content-type'),
			size: head.length, magic: Array.from(head.slice(0, 4)).join(','), files: (await cache.keys()).length};
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("reading the offline copy: %v", err)
	}
	info, err := os.Stat(filepath.Join(dist, "runner.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if cached["magic"] != "0,97,115,109" || cached["size"] != float64(info.Size()) || cached["type"] != "application/wasm" ||
		cached["scope"] != page || len(cached["names"].([]any)) != 1 {
		t.Errorf("the offline copy: %v; want one cache for scope %s holding runner.wasm as built (%d bytes)", cached, page, info.Size())
	}
	t.Logf("offline copy: %v", cached)

	srv.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(page+"#en/01-futures-and-submit")); err != nil {
		t.Fatalf("offline, reloading the page: %v", err)
	}
	st = waitShown(t, ctx, 1)
	if st.Result == nil || st.Result.ExitCode != 0 || st.Mode != "viewer" {
		t.Fatalf("offline, the page reloaded but lesson 01 shows %+v in mode %q, want its run in the interactive viewer", st.Result, st.Mode)
	}
	if online, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`fetch('not-in-the-build.txt').then(() => true, () => false)`,
		chromedp.EvalAwaitPromise)); err != nil || online {
		t.Fatalf("the server still answers (%v): the test is not offline", err)
	}
	eval(t, ctx, `location.hash = '#en/03-done-callbacks'`)
	st = waitShown(t, ctx, st.Shown+1)
	if st.Slug != "03-done-callbacks" || st.Result.ExitCode != 0 || !strings.Contains(text(t, ctx, "console"), st.Result.Stdout) {
		t.Errorf("offline, lesson 03 shows %q, ran %+v", st.Slug, st.Result)
	}
	checkDrawn(t, ctx, "offline lesson")
	if st.Mode != "viewer" {
		t.Errorf("offline, the timeline is in mode %q, want the interactive viewer (timeline.wasm from the offline copy)", st.Mode)
	}
	eval(t, ctx, `window.futurescopePage.setCode("print('offline ok')\n")`)
	click(t, ctx, "#run")
	if st = waitShown(t, ctx, st.Shown+1); st.Result.Stdout != "offline ok\n" {
		t.Errorf("offline, an edited script printed %q", st.Result.Stdout)
	}
	screenshot(t, ctx, "offline")

	// A lesson never opened: the page says it needs the network.
	eval(t, ctx, `location.hash = '#en/05-wait'`)
	const needs = "This lesson needs the network"
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('notice-text').textContent.includes(`+jsString(needs)+`)`,
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Errorf("offline, a lesson never opened: the notice says %q, want %q", text(t, ctx, "notice-text"), needs)
	}
	screenshot(t, ctx, "offline-lesson-missing")
}

// TestOfflineNoSimulator goes offline before the simulator was ever loaded: the lesson read shows,
// and Run says in one sentence that the simulator needs the network once, instead of waiting; an
// export says the same of its writer, draw.wasm.
func TestOfflineNoSimulator(t *testing.T) {
	srv := httptest.NewServer(site.Handler(os.DirFS(os.Getenv("FUTURESCOPE_WEB_DIST"))))
	defer srv.Close()
	page := srv.URL + "/"
	ctx := newTab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(page+"#en/01-futures-and-submit")); err != nil {
		t.Fatal(err)
	}
	waitShown(t, ctx, 1)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("the service worker did not take control of the page: %v", err)
	}
	if kept := waitKept(t, ctx, page, "course/en/01-futures-and-submit.json", "course/en/01-futures-and-submit/1.json"); slices.Contains(kept, "runner.wasm") {
		t.Fatalf("the offline copy holds runner.wasm, which the page never loaded: %v", kept)
	}
	srv.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(page+"#en/01-futures-and-submit")); err != nil {
		t.Fatalf("offline, reloading the page: %v", err)
	}
	st := waitShown(t, ctx, 1)
	eval(t, ctx, `window.futurescopePage.setCode("print('no simulator')\n")`)
	click(t, ctx, "#run")
	const says = "The simulator is not kept on this device yet"
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('console').textContent.includes(`+jsString(says)+`)`,
		chromedp.WithPollingTimeout(time.Minute))); err != nil {
		t.Errorf("offline with no simulator kept, Run shows %q (page %+v), want %q", text(t, ctx, "console"), state(t, ctx), says)
	}
	if now := state(t, ctx); now.Running || now.Shown != st.Shown {
		t.Errorf("offline with no simulator kept, the page is still running (%+v)", now)
	}
	screenshot(t, ctx, "offline-no-simulator")
	// An export, whose writer (draw.wasm) was never loaded either, says so too.
	click(t, ctx, "#export summary")
	click(t, ctx, "#export-chrome")
	const exportSays = "Exports need the network once"
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('notice-text').textContent.includes(`+jsString(exportSays)+`)`,
		chromedp.WithPollingTimeout(time.Minute))); err != nil {
		t.Errorf("offline with no draw.wasm kept, an export says %q, want %q", text(t, ctx, "notice-text"), exportSays)
	}
}

// waitKept waits until the site's offline copy holds every file of want (URLs relative to page), and
// fails the test if it does not within waitRun; it returns what the copy holds then.
func waitKept(t *testing.T, ctx context.Context, page string, want ...string) []string {
	t.Helper()
	var kept []string
	for deadline := time.Now().Add(waitRun); ; time.Sleep(200 * time.Millisecond) {
		kept = cachedFiles(t, ctx, page)
		if !slices.ContainsFunc(want, func(f string) bool { return !slices.Contains(kept, f) }) || time.Now().After(deadline) {
			break
		}
	}
	for _, f := range want {
		if !slices.Contains(kept, f) {
			t.Errorf("the offline copy lacks %s: %v", f, kept)
		}
	}
	return kept
}

// cachedFiles lists the files the site's offline copy holds, as URLs relative to page.
func cachedFiles(t *testing.T, ctx context.Context, page string) []string {
	t.Helper()
	urls, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
		const names = (await caches.keys()).filter((n) => n.startsWith('futurescope:'));
		if (!names.length) return [];
		return (await (await caches.open(names[0])).keys()).map((r) => r.url);
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("reading the offline copy: %v", err)
	}
	var files []string
	for _, u := range urls {
		files = append(files, strings.TrimPrefix(u, page))
	}
	slices.Sort(files)
	return files
}

package webtest

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/web/site"
)

// TestOffline serves the site at a sub-path of a server of its own, waits for the service worker to
// take control of the page and to keep the site's files (runner.wasm as the browser decoded it, not
// the brotli copy the server sent), then stops the server: the page reloads, opens another lesson,
// runs it, prints and draws its timeline with no network at all.
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
	waitShown(t, ctx, 1)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(waitRun))); err != nil {
		t.Fatalf("the service worker did not take control of the page: %v", err)
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
	st := waitShown(t, ctx, 1)
	if st.Result == nil || st.Result.ExitCode != 0 {
		t.Fatalf("offline, the page reloaded but its lesson did not run: %+v", st.Result)
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
}

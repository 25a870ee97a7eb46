package webtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestExports downloads the three exports of a lesson's run from the Export menu. How long it waits
// for a download is relative to this machine: twenty times what opening the lesson took (at least
// 10 s).
func TestExports(t *testing.T) {
	ctx := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	open(t, ctx, "#en/04-as-completed")
	opened := time.Since(start)
	wait := max(10*time.Second, 20*opened)
	want := map[string]string{
		"export-svg":    "futurescope-04-as-completed.svg",
		"export-trace":  "futurescope-04-as-completed.trace.json",
		"export-chrome": "futurescope-04-as-completed.chrome.json",
	}
	starts := map[string]string{"export-svg": "<svg", "export-trace": `{"version":`, "export-chrome": `{"traceEvents":[`}
	for id, name := range want {
		click(t, ctx, "#export summary")
		click(t, ctx, "#"+id)
		data := waitFile(t, filepath.Join(dir, name), wait)
		if !strings.HasPrefix(string(data), starts[id]) {
			t.Errorf("%s starts %.40q, want %q", name, data, starts[id])
		}
	}
	// After a switch to Chinese, the SVG export speaks Chinese, though the run was made in English.
	svgPath := filepath.Join(dir, want["export-svg"])
	if err := os.Remove(svgPath); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, `#lang-switch button[lang=zh]`)
	click(t, ctx, "#export summary")
	click(t, ctx, "#export-svg")
	if data := string(waitFile(t, svgPath, wait)); !strings.Contains(data, ">图例<") || !strings.Contains(data, `xml:lang="zh-CN"`) {
		t.Errorf("the SVG exported after switching to Chinese is not Chinese: %.300q", data)
	}
}

// waitFile waits up to limit for a download to finish and returns its contents, logging how long it
// took.
func waitFile(t *testing.T, path string, limit time.Duration) []byte {
	t.Helper()
	start := time.Now()
	for time.Since(start) < limit {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			t.Logf("%s: downloaded in %v (%d bytes; the wait allowed %v)", filepath.Base(path), time.Since(start).Round(time.Millisecond), len(data), limit)
			return data
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download %s after %v", filepath.Base(path), limit)
	return nil
}

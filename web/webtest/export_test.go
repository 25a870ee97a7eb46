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

// TestExports downloads the three exports of a lesson's run from the Export menu.
func TestExports(t *testing.T) {
	ctx := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, "#en/04-as-completed")
	want := map[string]string{
		"export-svg":    "futurescope-04-as-completed.svg",
		"export-trace":  "futurescope-04-as-completed.trace.json",
		"export-chrome": "futurescope-04-as-completed.chrome.json",
	}
	starts := map[string]string{"export-svg": "<svg", "export-trace": `{"version":`, "export-chrome": `{"traceEvents":[`}
	for id, name := range want {
		click(t, ctx, "#export summary")
		click(t, ctx, "#"+id)
		data := waitFile(t, filepath.Join(dir, name))
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
	if data := string(waitFile(t, svgPath)); !strings.Contains(data, ">图例<") || !strings.Contains(data, `xml:lang="zh-CN"`) {
		t.Errorf("the SVG exported after switching to Chinese is not Chinese: %.300q", data)
	}
}

// waitFile waits for a download to finish and returns its contents.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for range 100 {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			return data
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download %s", filepath.Base(path))
	return nil
}

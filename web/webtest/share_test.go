package webtest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestShareLink edits a script, moves the timeline's playhead, makes a share link and opens it in
// another tab: the same lesson, script and playhead come back.
func TestShareLink(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en/03-done-callbacks")
	const script = "import time\nfrom concurrent.futures import ThreadPoolExecutor\n\n" +
		"with ThreadPoolExecutor(max_workers=2) as pool:\n    f = pool.submit(time.sleep, 0.25)\n\nprint('shared', f.done())\n"
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(script)+`)`)
	click(t, ctx, "#run")
	waitShown(t, ctx, 2)
	eval(t, ctx, `document.querySelector('[data-cmd=seek]').click()`)
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	playhead := timelinePlayhead(t, ctx, func(p float64) bool { return p > 0 })
	click(t, ctx, "#share")
	link, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('share-url').value`))
	if err != nil || !strings.Contains(link, "#en/03-done-callbacks?") || !strings.Contains(link, "code=") {
		t.Fatalf("share link %q (%v)", link, err)
	}
	screenshot(t, ctx, "share-box")

	other := newTab(t)
	if err := chromedp.Do(other, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, other, 1)
	code, err := chromedp.Run(other, chromedp.Evaluate[string](`window.futurescopePage.code()`))
	if err != nil || code != script || st.Slug != "03-done-callbacks" {
		t.Fatalf("the shared link opened %q with %q (%v), want the edited script", st.Slug, code, err)
	}
	if st.Result.Stdout != "shared True\n" {
		t.Errorf("the shared script printed %q", st.Result.Stdout)
	}
	if st.Mode == "viewer" {
		timelinePlayhead(t, other, func(p float64) bool { return p == playhead })
	}
}

// timelinePlayhead waits until the timeline's playhead satisfies ok and returns it.
func timelinePlayhead(t *testing.T, ctx context.Context, ok func(float64) bool) float64 {
	t.Helper()
	var p float64
	for range 50 {
		st, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`window.futurescopePage.timeline()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		p, _ = st["playhead"].(float64)
		if ok(p) {
			return p
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("the timeline's playhead stayed at %v", p)
	return 0
}

// jsString quotes s as a JS string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// truncatedCode is the first 60 of the 186 characters of a real share link's script.
const truncatedCode = "bcwxC8IwEMXxPZ_ixgRKsY5CR3cHd6ntFYNNLrzc0X58qYIuzu_3_jMk0Sh5"

// TestMalformedLinks opens damaged links: each says what is wrong, and the page still works.
func TestMalformedLinks(t *testing.T) {
	tests := []struct{ fragment, want string }{
		{"#en/01-futures-and-submit?code=%%%not-base64!", "link is damaged"},
		{"#en/01-futures-and-submit?code=AAAAAAAA", "link is damaged"},
		{"#xx/01-futures-and-submit", "language"},
		{"#en/99-no-such-lesson", "does not exist"},
		{"#zh/01-futures-and-submit?b=1&code=q", "链接已损坏"},
		{"#garbage", "link is damaged"},
		{"#en/03-done-callbacks?b=1&code=" + truncatedCode, "link is damaged"},
		{"#en/03-done-callbacks?code=" + base64.RawURLEncoding.EncodeToString([]byte("not deflate at all, just text")), "link is damaged"},
	}
	ctx := newTab(t)
	for i, tt := range tests {
		st := open(t, ctx, tt.fragment)
		notice := text(t, ctx, "notice")
		if !strings.Contains(notice, tt.want) {
			t.Errorf("%s: notice %q, want it to say %q", tt.fragment, notice, tt.want)
		}
		if st.Result == nil || st.Result.ExitCode != 0 {
			t.Errorf("%s: the lesson did not run after the notice: %+v", tt.fragment, st.Result)
		}
		if i == 0 {
			screenshot(t, ctx, "malformed-link")
		}
	}
}

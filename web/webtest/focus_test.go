package webtest

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// TestTimelineKeys checks that the timeline does not take the focus from the page when it loads,
// and that Ctrl+Enter pressed in the timeline's frame runs the script.
func TestTimelineKeys(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#en/02-map-and-with")
	time.Sleep(time.Second)
	active, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.tagName + '#' + document.activeElement.id`))
	if err != nil || active == "IFRAME#timeline" {
		t.Errorf("after loading, the focus is on %q (%v), want it left on the page", active, err)
	}
	if st.Mode != "viewer" {
		cpythontest.Missing(t, fmt.Sprintf("the timeline is in mode %q: no viewer to take keys (chromium without WebGL2?)", st.Mode), "make setup installs Debian's chromium, whose SwiftShader draws WebGL2")
	}
	eval(t, ctx, `document.getElementById('timeline').focus(); document.getElementById('timeline').contentWindow.focus()`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl))); err != nil {
		t.Fatal(err)
	}
	waitShown(t, ctx, st.Shown+1)
}

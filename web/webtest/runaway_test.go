package webtest

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRunaway runs `while True: pass`: the page stays responsive while it runs, and the run ends with
// a clear message that names the line. Then the Stop button ends another one at once.
func TestRunaway(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en")
	eval(t, ctx, `window.futurescopePage.setCode("n = 0\nwhile True:\n    n += 1\n")`)
	click(t, ctx, "#run")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.futurescopePage.state().running`)); err != nil {
		t.Fatal(err)
	}
	// While it runs, the page answers at once: the lesson list opens its next lesson's title, the
	// editor takes keys.
	start := time.Now()
	for range 5 {
		eval(t, ctx, `document.getElementById('lesson-select').focus()`)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the page took %v to answer 5 calls while a script ran away", d)
	}
	screenshot(t, ctx, "runaway-running")
	st := waitShown(t, ctx, 2)
	r := st.Result
	if r.ExitCode != 1 || !strings.Contains(r.Error, "CPU budget") || len(r.Marks) == 0 || r.Marks[0].Line != 3 {
		t.Errorf("a runaway loop ended with %+v, want the CPU budget's report marked on line 3", r)
	}
	if status := text(t, ctx, "status"); !strings.Contains(status, "loop that never ends") {
		t.Errorf("status %q, want it to suggest a loop that never ends", status)
	}
	screenshot(t, ctx, "runaway-stopped")
	t.Logf("a runaway loop was stopped by its step budget after %.1f s", r.WallMs/1000)

	click(t, ctx, "#run")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.futurescopePage.state().running`)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	click(t, ctx, "#run") // now labelled Stop
	msg, err := chromedp.Run(ctx, chromedp.Poll[string](`!window.futurescopePage.state().running && document.getElementById('console').textContent`,
		chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil || !strings.Contains(msg, "Stop") {
		t.Errorf("after Stop the console says %q (%v), want it to say the run was stopped", msg, err)
	}
	eval(t, ctx, `window.futurescopePage.setCode("print('alive')\n")`)
	click(t, ctx, "#run")
	if st := waitShown(t, ctx, 3); st.Result.Stdout != "alive\n" {
		t.Errorf("after Stop a new run printed %q, want the simulator restarted", st.Result.Stdout)
	}
}

package layout

import "testing"

func TestStripNamesWhatEachViewShows(t *testing.T) {
	want := map[string][]Style{
		"futures": {Pending, Running, Result, Exception, CancelledEnd, Callback, CancelTrue, TimedOut},
		"threads": {Running, GILWait, Sleeping, Blocked},
	}
	for view, styles := range want {
		for _, lang := range []string{"en", "zh"} {
			got := map[Style]string{}
			for _, e := range Strip(view, lang) {
				if _, dup := got[e.Style]; dup {
					t.Errorf("Strip(%s, %s) lists %v twice", view, lang, e.Style.Key())
				}
				if e.Name == "" {
					t.Errorf("Strip(%s, %s): %v has no name", view, lang, e.Style.Key())
				}
				got[e.Style] = e.Name
			}
			for _, st := range styles {
				if _, ok := got[st]; !ok {
					t.Errorf("Strip(%s, %s) leaves out %v", view, lang, st.Key())
				}
			}
		}
	}
	if Strip("futures", "zh")[0].Name == Strip("futures", "en")[0].Name {
		t.Errorf("the Chinese strip is in English: %q", Strip("futures", "zh")[0].Name)
	}
	if n, f, th := len(Strip("both", "en")), len(Strip("futures", "en")), len(Strip("threads", "en")); n != f+th-1 {
		t.Errorf("Strip(both) has %d entries, want %d (running once)", n, f+th-1)
	}
}

// Pending and waiting for the GIL are different states; a learner must not read one for the other.
func TestPendingAndGILWaitLookDifferent(t *testing.T) {
	p, g := Pending.Look(), GILWait.Look()
	if p.Pattern == g.Pattern {
		t.Errorf("pending and waiting for the GIL share pattern %d", p.Pattern)
	}
}

// No worker colour repeats the colour of an outcome marker, so a result's dot or an exception's cross
// stays visible at the end of the bar it ends.
func TestWorkerColoursAvoidOutcomeColours(t *testing.T) {
	for _, st := range []Style{Result, Exception, CancelledEnd, CancelTrue, CancelFalse, Callback} {
		for n := 1; n <= len(workerColors); n++ {
			if c := WorkerColor(n); c == st.Look().Fill {
				t.Errorf("worker %d has the colour %s of %q", n, c.Hex(), st.Look().Name)
			}
		}
	}
}

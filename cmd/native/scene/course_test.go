package scene

import (
	"testing"
	"time"

	"github.com/futurescope/futurescope/cmd/native/intent"
	"github.com/futurescope/futurescope/render/ebitenview/viewstate"
)

// keys drives course c as the window does: each key's intents in c's focus (the scene manager m
// first), and returns the actions, one a key.
func keys(c *Course, m *Manager, ks ...viewstate.Key) []Action {
	k := Keyed{Now: time.Unix(100, 0), Line: 20, Page: 400}
	var out []Action
	for _, key := range ks {
		var act Action
		for _, in := range press(&c.Lister, m.Presenting(), key) {
			var eff Effect
			if Takes(in.Op) {
				eff = m.Update(in, c.Slides)
			}
			act = act.and(c.Update(in, eff, m, k))
		}
		out = append(out, act)
	}
	return out
}

// The course from the keyboard, as a teacher meets it: it opens on the timeline, where . and , run
// the next and previous scripts and ↓ is the timeline's; Tab gives the list the focus, where ↓ opens
// the next lesson on its first script; Tab again gives the text the focus, where PgDn scrolls and
// Enter goes back to the timeline; L switches the language keeping the lesson and the script.
func TestCourseKeysInEachFocus(t *testing.T) {
	var m Manager
	c := NewCourse(course(t, "en", "04"))
	first := c.OpenLesson(c.Lesson, &m).Run
	if first == 0 || c.Block != first || c.Lister.Focus != intent.Timeline {
		t.Fatalf("lesson 04 opens on block %d (run %d), focus %v; want its first runnable block, the timeline", c.Block, first, c.Lister.Focus)
	}
	next := c.NextRunnable(first, 1)
	acts := keys(c, &m, ".", viewstate.KeyDown, ",")
	if acts[0].Run != next || acts[1] != (Action{}) || acts[2].Run != first || c.Block != first {
		t.Errorf(". ↓ , on the timeline: %+v, block %d; want block %d run, nothing, block %d run", acts, c.Block, next, first)
	}
	lesson := c.Lesson
	acts = keys(c, &m, viewstate.KeyTab, viewstate.KeyDown)
	if c.Lister.Focus != intent.ListPart || c.Lesson != lesson+1 || acts[1].Run != c.NextRunnable(0, 1) || c.Block != acts[1].Run {
		t.Errorf("Tab ↓: focus %v, lesson %d (block %d, run %d); want the list, lesson %d on its first script", c.Lister.Focus, c.Lesson, c.Block, acts[1].Run, lesson+1)
	}
	if acts := keys(c, &m, "."); acts[0].Run == 0 || c.Lister.Focus != intent.ListPart {
		t.Errorf(". with the list focused ran %d; want the next script, whatever the focus", acts[0].Run)
	}
	keys(c, &m, viewstate.KeyTab, viewstate.KeyPageDown, viewstate.KeyDown)
	if c.Lister.Focus != intent.TextPart || c.Scroll.Y != 400*0.9+2*20 {
		t.Errorf("Tab PgDn ↓: focus %v, text at %v; want the text, scrolled a page and two lines", c.Lister.Focus, c.Scroll.Y)
	}
	slug, block := c.Current().Slug, c.Block
	acts = keys(c, &m, viewstate.KeyEnter, "l")
	if c.Lister.Focus != intent.Timeline || !acts[1].Lang || c.Lang != "zh" || c.Current().Slug != slug || c.Block != block || acts[1].Run != 0 {
		t.Errorf("Enter L: focus %v, %s %s block %d (%+v); want the timeline, the same lesson and block in Chinese, not run again",
			c.Lister.Focus, c.Lang, c.Current().Slug, c.Block, acts[1])
	}
}

// Presenter mode from the keyboard: F opens on the slide of the script selected; PgDn turns to the
// next slide and runs its first script; . runs the next script and shows its slide; the page is laid
// out again each time, and again after the language changes (the slides are cut anew).
func TestCoursePresenterKeys(t *testing.T) {
	var m Manager
	c := NewCourse(course(t, "en", "04"))
	c.OpenLesson(c.Lesson, &m)
	acts := keys(c, &m, "f")
	p := m.Presenter
	if !m.Presenting() || !acts[0].Relayout || p.Cur != SlideOf(p.Slides, c.Block) {
		t.Fatalf("F: presenting %v, relayout %v, slide %d; want the slide of block %d", m.Presenting(), acts[0].Relayout, p.Cur, c.Block)
	}
	for p.Cur < len(p.Slides)-1 { // the next slide with a runnable script
		from := p.Cur
		acts = keys(c, &m, viewstate.KeyPageDown)
		if p.Cur != from+1 || !acts[0].Relayout {
			t.Fatalf("PgDn from slide %d: slide %d, relayout %v", from, p.Cur, acts[0].Relayout)
		}
		if acts[0].Run > 0 {
			if c.Block != acts[0].Run || SlideOf(p.Slides, c.Block) != p.Cur {
				t.Errorf("PgDn to slide %d ran block %d, selected %d", p.Cur, acts[0].Run, c.Block)
			}
			break
		}
	}
	for range 3 {
		if a := keys(c, &m, ".")[0]; a.Run > 0 && SlideOf(p.Slides, a.Run) != p.Cur {
			t.Errorf(". ran block %d on slide %d, but slide %d is shown", a.Run, SlideOf(p.Slides, a.Run), p.Cur)
		}
	}
	if _, _, again := c.Shown(&m); again {
		t.Errorf("the slides were cut again with nothing changed")
	}
	cur := p.Cur
	keys(c, &m, "l")
	first, end, again := c.Shown(&m)
	if !again || m.Presenter.Cur != cur || first >= end {
		t.Errorf("after L the slides were cut again %v, on slide %d (was %d), blocks %d..%d", again, m.Presenter.Cur, cur, first, end)
	}
	keys(c, &m, "f")
	if first, end, _ := c.Shown(&m); m.Presenting() || first != 0 || end != len(c.Doc()) {
		t.Errorf("F again: presenting %v, blocks %d..%d; want the whole text", m.Presenting(), first, end)
	}
}

// A prediction from the keyboard: A shows the next question's answer and reveals its event, then,
// with no question left, the whole run; F8, Ctrl+ and F11 reach the manager in either scene.
func TestPredictionAndSceneKeys(t *testing.T) {
	var m Manager
	c := NewCourse(course(t, "en", "04"))
	c.OpenLesson(c.Lesson, &m)
	tr := smallRun()
	m.TogglePredict("k", tr, []Question{{Text: "which first?", Answer: "f1", At: 6}})
	p := m.Predict
	for range 10 {
		p.Step() // stepping stops before the question's event
	}
	if p.Shown != 6 || !p.Hidden(6) {
		t.Fatalf("stepping past the question revealed %d events", p.Shown)
	}
	keys(c, &m, "a")
	if p.Shown != 7 || p.Answered || !p.Hidden(7) {
		t.Errorf("A: %d events revealed (answered %v), want the question's event too", p.Shown, p.Answered)
	}
	keys(c, &m, "a")
	if !p.Answered || p.Hiding() {
		t.Errorf("A with no question left does not reveal the whole run")
	}
	keys(c, &m, viewstate.KeyF8, viewstate.KeyCtrlPlus, viewstate.KeyF11)
	if m.Panels().List || m.Size != 1 || !m.Full {
		t.Errorf("F8 Ctrl+ F11: panels %+v, size %d, fullscreen %v", m.Panels(), m.Size, m.Full)
	}
}

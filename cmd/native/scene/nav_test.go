package scene

import (
	"strconv"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/lessons"
)

// course opens the course built into the binary in lang on lesson, as the window does.
func course(t *testing.T, lang, lesson string) *Nav {
	t.Helper()
	content, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewNav(content, lang, lesson)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestNavOpensALessonOnItsFirstRunnableBlock(t *testing.T) {
	c := course(t, "en", "04-as-completed")
	c.Scroll.By(300)
	n := c.Open(c.Lesson)
	if n != c.NextRunnable(0, 1) || n == 0 || !c.Runnable(n) {
		t.Fatalf("Open returned block %d, want the lesson's first runnable one", n)
	}
	if c.Block != 0 || c.Scroll.Y != 0 {
		t.Errorf("a lesson just opened has block %d selected, scrolled to %v: want none, at its top", c.Block, c.Scroll.Y)
	}
	if !c.Select(n, false) || c.Block != n || c.Key(n) != "04-as-completed#"+strconv.Itoa(n) {
		t.Errorf("selecting block %d: block %d, key %q", n, c.Block, c.Key(n))
	}
	if c.Open(len(c.List()) + 5); c.Lesson != len(c.List())-1 {
		t.Errorf("opening past the end opened lesson %d of %d", c.Lesson, len(c.List()))
	}
}

func TestNavSelectsAndStepsOnlyRunnableBlocks(t *testing.T) {
	content, err := lessons.Load(lessons.Content())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range content.Lessons("en") { // a lesson with a block that does not run between two that do
		var runnable []int
		gap := false
		for _, b := range l.Blocks {
			if !b.Options.NoRun {
				runnable = append(runnable, b.Index)
			} else if len(runnable) > 0 {
				gap = true
			}
		}
		if !gap || len(runnable) < 2 || runnable[len(runnable)-1] < runnable[0] {
			continue
		}
		c := course(t, "en", l.Slug)
		c.Select(c.Open(c.Lesson), false)
		for _, want := range runnable[1:] {
			if !c.Select(c.Step(1), false) || c.Block != want {
				t.Fatalf("%s: stepping on selected block %d, want %d", l.Slug, c.Block, want)
			}
		}
		if n := c.Step(1); n != 0 {
			t.Errorf("%s: stepping past the last runnable block gave %d, want 0", l.Slug, n)
		}
		if c.Select(c.Step(1), false) {
			t.Errorf("%s: block 0 was selected", l.Slug)
		}
		if n := c.Step(-1); n != runnable[len(runnable)-2] {
			t.Errorf("%s: stepping back gave %d, want %d", l.Slug, n, runnable[len(runnable)-2])
		}
		for _, b := range l.Blocks {
			if b.Options.NoRun && c.Select(b.Index, false) {
				t.Errorf("%s: block %d, which does not run, was selected", l.Slug, b.Index)
			}
		}
		if err := c.ErrNoBlock(99); err == nil || !strings.Contains(err.Error(), strconv.Itoa(runnable[0])) {
			t.Errorf("%s: ErrNoBlock = %v, want the runnable blocks named", l.Slug, err)
		}
		return
	}
	t.Skip("no lesson has a norun block between two runnable ones")
}

func TestNavSwitchesLanguageKeepingTheLessonAndBlock(t *testing.T) {
	c := course(t, "en", "10-pitfalls")
	n := c.Open(c.Lesson)
	c.Select(n, false)
	key := c.Key(n)
	other := c.OtherLang()
	if other == "en" {
		t.Fatalf("OtherLang of en is en: the course has one language")
	}
	changed, reopen := c.SetLang(other)
	if !changed || reopen || c.Lang != other || c.Current().Slug != "10-pitfalls" || c.Block != n || c.Key(n) != key {
		t.Errorf("after SetLang(%s): changed %v, reopen %v, lesson %s, block %d: want the same lesson and block", other, changed, reopen, c.Current().Slug, c.Block)
	}
	if changed, _ := c.SetLang(other); changed {
		t.Error("switching to the language shown changed it")
	}
	if changed, _ := c.SetLang("xx"); changed || c.Lang != other {
		t.Errorf("switching to a language without lessons changed it to %s", c.Lang)
	}
	if _, err := NewNav(c.Content, "en", "no-such-lesson"); err == nil {
		t.Error("NewNav opened a lesson that does not exist")
	}
}

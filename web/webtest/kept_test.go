package webtest

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestEditsKept types into a lesson's script, reloads the page and sees the edit again; moves to the
// next lesson and back with the browser's Back and Forward; resets the script and undoes the reset;
// and keeps a scratch pad across a reload.
func TestEditsKept(t *testing.T) {
	ctx := newTab(t)
	first := open(t, ctx, "#en")
	orig := pageCode(t, ctx)
	click(t, ctx, ".cm-content")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.KeyEvent("\nprint('kept', 1 + 1)\n")); err != nil {
		t.Fatal(err)
	}
	edited := pageCode(t, ctx)
	if !strings.Contains(edited, "print('kept', 1 + 1)") {
		t.Fatalf("typing left %q", edited)
	}
	// Reload at once: what the pause in typing had not saved yet is saved as the page goes.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	st := waitShown(t, ctx, 1)
	if got := pageCode(t, ctx); st.Slug != first.Slug || got != edited {
		t.Fatalf("after reload: lesson %s, script %q; want %s with the edit %q", st.Slug, got, first.Slug, edited)
	}
	if !strings.Contains(st.Result.Stdout, "kept 2") {
		t.Errorf("after reload the edited script ran with stdout %q, want it to print kept 2", st.Result.Stdout)
	}
	screenshot(t, ctx, "kept-after-reload")

	click(t, ctx, "#next")
	second := waitSlug(t, ctx, func(s string) bool { return s != first.Slug })
	if got := pageCode(t, ctx); strings.Contains(got, "kept") {
		t.Errorf("the next lesson %s shows the first lesson's edit", second)
	}
	eval(t, ctx, `history.back()`)
	waitSlug(t, ctx, func(s string) bool { return s == first.Slug })
	if got := pageCode(t, ctx); got != edited {
		t.Errorf("Back to %s shows %q, want the edit %q", first.Slug, got, edited)
	}
	eval(t, ctx, `history.forward()`)
	waitSlug(t, ctx, func(s string) bool { return s == second })
	eval(t, ctx, `history.back()`)
	waitSlug(t, ctx, func(s string) bool { return s == first.Slug })

	click(t, ctx, "#reset")
	if got := pageCode(t, ctx); got != orig {
		t.Errorf("Reset left %q, want the lesson's script", got)
	}
	if n := text(t, ctx, "notice-text"); n == "" {
		t.Error("Reset offered no Undo")
	}
	screenshot(t, ctx, "kept-reset-undo")
	click(t, ctx, "#notice-action")
	if got := pageCode(t, ctx); got != edited {
		t.Errorf("Undo after Reset shows %q, want the edit back", got)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitShown(t, ctx, 1)
	if got := pageCode(t, ctx); got != edited {
		t.Errorf("after Undo and a reload: %q, want the edit", got)
	}

	// The scratch pad: its own script, kept like a lesson's.
	click(t, ctx, "#scratch")
	waitSlug(t, ctx, func(s string) bool { return s == "scratch" })
	eval(t, ctx, `window.futurescopePage.setCode("print('scratch', 3 * 3)\n")`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	st = waitShown(t, ctx, 1)
	if st.Slug != "scratch" || st.Result.Stdout != "scratch 9\n" {
		t.Errorf("the scratch pad after reload: lesson %q, stdout %q; want scratch printing scratch 9", st.Slug, st.Result.Stdout)
	}
	screenshot(t, ctx, "kept-scratch")
}

// TestShareOverEdit opens a share link for a block the learner has edited: the page asks first,
// keeps the learner's script when told to, and opens the link's when told to.
func TestShareOverEdit(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, "#en/03-done-callbacks")
	const linked = "print('from the link')\n"
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(linked)+`)`)
	click(t, ctx, "#share")
	link, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById('share-url').value`))
	if err != nil || !strings.Contains(link, "code=") {
		t.Fatalf("share link %q (%v)", link, err)
	}
	const mine = "print('mine')\n"
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString(mine)+`)`)

	for _, take := range []bool{false, true} {
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(link)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById('ask').hidden`, chromedp.WithPollingTimeout(waitRun))); err != nil {
			t.Fatalf("opening a share link over an edited script asked nothing: %v (%+v)", err, safeState(ctx))
		}
		want := mine
		if take {
			want = linked
			click(t, ctx, "#ask-yes")
		} else {
			screenshot(t, ctx, "kept-share-asks")
			click(t, ctx, "#ask-no")
		}
		waitShown(t, ctx, 1)
		if got := pageCode(t, ctx); got != want {
			t.Errorf("answering take=%v: the editor shows %q, want %q", take, got, want)
		}
	}
	// Taking the link's script replaced nothing saved: the learner's edit is still there.
	eval(t, ctx, `history.replaceState(null, '', '#en/03-done-callbacks')`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitShown(t, ctx, 1)
	if got := pageCode(t, ctx); got != mine {
		t.Errorf("after opening the link's script, the lesson shows %q, want the saved edit %q", got, mine)
	}
}

// pageCode returns the editor's script.
func pageCode(t testing.TB, ctx context.Context) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.futurescopePage.code()`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// waitSlug waits until the page shows a lesson whose slug ok accepts, and its run is drawn.
func waitSlug(t testing.TB, ctx context.Context, ok func(string) bool) string {
	t.Helper()
	for range 600 {
		st := state(t, ctx)
		if ok(st.Slug) && !st.Running {
			if err := chromedp.Do(ctx, chromedp.Sleep(100_000_000)); err != nil {
				t.Fatal(err)
			}
			if st2 := state(t, ctx); st2.Slug == st.Slug && !st2.Running {
				return st.Slug
			}
		}
		if err := chromedp.Do(ctx, chromedp.Sleep(100_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatalf("waiting for a lesson: the page shows %+v", safeState(ctx))
	return ""
}

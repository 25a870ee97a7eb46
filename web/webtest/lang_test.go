package webtest

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/futurescope/futurescope/internal/cpythontest"
)

// TestTimelineLanguage opens a Chinese lesson: the timeline's own words are Chinese. The language
// switch turns them English in place: the playhead stays where it was.
func TestTimelineLanguage(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#zh/03-done-callbacks")
	if st.Mode != "viewer" {
		cpythontest.Missing(t, fmt.Sprintf("the timeline is in mode %q: no viewer (chromium without WebGL2?)", st.Mode), "make setup installs Debian's chromium, whose SwiftShader draws WebGL2")
	}
	timelineLang(t, ctx, "zh")
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	click(t, ctx, `[data-cmd=step][data-arg="1"]`)
	// Both steps land before the switch: the playhead is read once it has stopped moving (the
	// second step may arrive a frame after the first is seen).
	last, same := -1.0, 0
	playhead := timelinePlayhead(t, ctx, func(p float64) bool {
		if p > 0 && p == last {
			same++
		} else {
			same = 0
		}
		last = p
		return same >= 3
	})
	click(t, ctx, `[data-cmd=help]`)
	time.Sleep(300 * time.Millisecond)
	screenshot(t, ctx, "timeline-zh-help")
	click(t, ctx, `[data-cmd=help]`)
	click(t, ctx, `#lang-switch button[lang=en]`)
	timelineLang(t, ctx, "en")
	timelinePlayhead(t, ctx, func(p float64) bool { return p == playhead })
	click(t, ctx, `#lang-switch button[lang=zh]`)
	timelineLang(t, ctx, "zh")
}

// timelineLang waits until the timeline's viewer speaks lang.
func timelineLang(t *testing.T, ctx context.Context, lang string) {
	t.Helper()
	for range 50 {
		st, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`window.futurescopePage.timeline()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if st["lang"] == lang {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the timeline's viewer does not speak %s", lang)
}

// englishReport finds the words of futurescope's English reports that a Chinese page must not show.
var englishReport = regexp.MustCompile(`deadlock|no thread can run|waits in|is running|\[line|hang here|limit:|still running`)

// TestReportInChinese runs, on a Chinese page, a script that deadlocks and one that raises KeyError:
// the deadlock's report is in Chinese in the console and the status line; Python's traceback stays as
// CPython prints it, with a line in Chinese that says what KeyError means.
func TestReportInChinese(t *testing.T) {
	ctx := newTab(t)
	st := open(t, ctx, "#zh/01-futures-and-submit")
	eval(t, ctx, `window.futurescopePage.setCode(`+jsString("from concurrent.futures import ThreadPoolExecutor\n\npool = ThreadPoolExecutor(max_workers=1)\n\n"+
		"def outer():\n    return pool.submit(pow, 2, 10).result()\n\nprint(pool.submit(outer).result())\n")+`)`)
	click(t, ctx, "#run")
	st = waitShown(t, ctx, st.Shown+1)
	r := st.Result
	console, status := text(t, ctx, "console"), text(t, ctx, "status")
	if r.Kind != "deadlock" || !strings.Contains(r.Error, "死锁") {
		t.Errorf("a deadlock on a Chinese page ended with %q (%s), want the Chinese report", r.Error, r.Kind)
	}
	for _, want := range []string{"futurescope：死锁：没有线程能运行", "MainThread [第 8 行] 在 result() 中等待 future 1", "真实的 Python 会永远卡在这里"} {
		if !strings.Contains(console, want) {
			t.Errorf("the console lacks %q:\n%s", want, console)
		}
	}
	if m := englishReport.FindString(console + status); m != "" {
		t.Errorf("the Chinese page shows the English report's %q: console %q, status %q", m, console, status)
	}
	if !strings.Contains(status, "死锁") {
		t.Errorf("the status line says %q, want the deadlock in Chinese", status)
	}
	if len(r.Marks) < 2 || r.Marks[0].Message != "MainThread 在 result() 中等待 future 1" {
		t.Errorf("the editor's marks say %+v, want what each thread waits for in Chinese", r.Marks)
	}
	links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('#console a')].map(a => a.textContent)`))
	if err != nil || len(links) != 2 || links[0] != "[第 8 行]" {
		t.Errorf("the report's lines link to the script: got %q (%v), want [第 8 行] and [第 6 行]", links, err)
	}
	screenshot(t, ctx, "report-zh-deadlock")

	eval(t, ctx, `window.futurescopePage.setCode("d = {}\nprint(d['a'])\n")`)
	click(t, ctx, "#run")
	st = waitShown(t, ctx, st.Shown+1)
	python := "Traceback (most recent call last):\n  File \"script.py\", line 2, in <module>\n    print(d['a'])\n          ~^^^^^\nKeyError: 'a'\n"
	if st.Result.Error != "KeyError: 'a'" || !strings.HasPrefix(st.Result.Stderr, python) {
		t.Errorf("a KeyError on a Chinese page reads %q, %q; want CPython's traceback %q", st.Result.Error, st.Result.Stderr, python)
	}
	explain, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#console .explain')?.textContent || ''`))
	if err != nil || !strings.HasPrefix(explain, "说明 KeyError：字典里没有这个键") {
		t.Errorf("the console explains KeyError with %q (%v), want a line in Chinese", explain, err)
	}
	screenshot(t, ctx, "report-zh-keyerror")

	// Switching to English runs the script again, so its report reads in English: no explanation.
	click(t, ctx, `#lang-switch button[lang=en]`)
	st = waitRuns(t, ctx, st.Runs+1)
	if console := text(t, ctx, "console"); st.Lang != "en" || strings.Contains(console, "说明") || !strings.Contains(console, python) {
		t.Errorf("after switching to English the console reads %q, want Python's traceback alone", console)
	}
}

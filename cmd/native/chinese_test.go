package main

import (
	"strings"
	"testing"
)

// TestChineseCourseReportsADeadlockInChinese opens the Chinese course on the pitfalls lesson, whose
// first block deadlocks: the console says so in Chinese, with what each thread was doing, and in
// English again once the course is switched to English.
func TestChineseCourseReportsADeadlockInChinese(t *testing.T) {
	a := openCourse(t, "zh", "10-pitfalls")
	if a.stage.last == nil || a.stage.last.Report == nil || !a.stage.last.Failed {
		t.Fatalf("lesson 10's first block did not fail: %+v", a.stage.last)
	}
	console := func(lang string) string {
		var b strings.Builder
		for _, l := range a.stage.last.Console(lang, "", "") {
			b.WriteString(l.Text + "\n")
		}
		return b.String()
	}
	zh := console("zh")
	for _, want := range []string{"死锁：没有线程能运行", "[第 "} {
		if !strings.Contains(zh, want) {
			t.Errorf("the Chinese console lacks %q:\n%s", want, zh)
		}
	}
	if strings.Contains(zh, "no thread can run") || strings.Contains(zh, "[line ") {
		t.Errorf("the Chinese console still has English of futurescope's own:\n%s", zh)
	}
	shoot(t, a, "native-zh-deadlock")
	switchLang(a, "en")
	if en := console(a.win.lang); !strings.Contains(en, "deadlock: no thread can run") {
		t.Errorf("after switching to English the console reads:\n%s", en)
	}
}

package viewstate

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/futurescope/futurescope/render/layout"
)

// placeholders returns the sorted {name} placeholders of s.
func placeholders(s string) []string {
	out := regexp.MustCompile(`\{\w+\}`).FindAllString(s, -1)
	slices.Sort(out)
	return out
}

func hasHan(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// TestWordsMatch checks that the Chinese words say what the English ones do: the same placeholders
// in every string, the same keys in the same order, a Chinese look for every style.
func TestWordsMatch(t *testing.T) {
	en, zh := WordsFor("en"), WordsFor("zh")
	if WordsFor("") != en || WordsFor("fr") != en || en.Lang != "en" || zh.Lang != "zh" {
		t.Fatalf("WordsFor: the default is not English")
	}
	ev, zv := reflect.ValueOf(en).Elem(), reflect.ValueOf(zh).Elem()
	for i := range ev.NumField() {
		f := ev.Type().Field(i)
		if f.Type.Kind() != reflect.String || f.Name == "Lang" {
			continue
		}
		e, z := ev.Field(i).String(), zv.Field(i).String()
		if !slices.Equal(placeholders(e), placeholders(z)) {
			t.Errorf("%s: %q and %q have different placeholders", f.Name, e, z)
		}
		if z == "" || !hasHan(z) {
			t.Errorf("%s: %q is not Chinese", f.Name, z)
		}
	}
	if len(en.Bindings) != len(zh.Bindings) {
		t.Fatalf("%d English key bindings, %d Chinese", len(en.Bindings), len(zh.Bindings))
	}
	for _, b := range zh.Bindings {
		if !hasHan(b.Does) {
			t.Errorf("binding %q: %q is not Chinese", b.Keys, b.Does)
		}
	}
	for _, st := range layout.Styles() {
		name, meaning := zh.Look(st)
		if enName, _ := en.Look(st); enName != st.Look().Name {
			t.Errorf("%v: the English look is %q, layout's %q", st, enName, st.Look().Name)
		}
		if name == "" || !hasHan(meaning) {
			t.Errorf("%v: no Chinese look (%q, %q)", st, name, meaning)
		}
	}
	for name := range en.Headings {
		if z := zh.Headings[name]; !hasHan(z[1]) {
			t.Errorf("heading %s: %q", name, z)
		}
	}
	for _, m := range []Mode{Both, FuturesOnly, ThreadsOnly} {
		if en.Mode(m) != m.String() || zh.Mode(m) == "" {
			t.Errorf("mode %v: %q, %q", m, en.Mode(m), zh.Mode(m))
		}
	}
}

// TestChineseDetails reads the detail panel and the events in Chinese: Python's names and the
// script's values stay as they are.
func TestChineseDetails(t *testing.T) {
	s := newState(t, waitScript)
	s.Relabel(layout.BuildWith(s.Trace, layout.BuildOptions{Lang: "zh"}))
	src := srcLines(waitScript)
	zh := WordsFor("zh")
	s.Apply(Select(LaneTarget(&s.Scene.Futures, 2)))
	got := text(zh.Details(s, src))
	for _, w := range []string{"由 T1 MainThread 提交给 ThreadPoolExecutor(max_workers=2)", "函数 work，参数 (3,)", "返回了 9", "播放头处（0 s）：PENDING；running() False", "第 9 行：fs = [pool.submit(work, n)"} {
		if !strings.Contains(got, w) {
			t.Errorf("the Chinese panel lacks %q:\n%s", w, got)
		}
	}
	s.Apply(Select(Target{}))
	if got := text(zh.Details(s, src)); !strings.Contains(got, "T1 提交了 f1 work(1)") || !strings.Contains(got, "单击") {
		t.Errorf("the Chinese panel at the playhead:\n%s", got)
	}
	for _, e := range s.Trace.Events() {
		if d := zh.Describe(e); strings.ContainsAny(d, "{}") || (d == "") != (Describe(e) == "") {
			t.Errorf("Describe(%+v) = %q, in English %q", e, d, Describe(e))
		}
	}
}

// TestRelabel switches a state's scene to Chinese: the selection, the hovered shape, the playhead and
// the window stay, and they now read in Chinese.
func TestRelabel(t *testing.T) {
	s := newState(t, waitScript)
	s.Apply(Seek(150_000_000))
	s.Apply(Zoom(2, 100_000_000))
	var shape, overlay *layout.Shape
	for i := range s.Scene.Futures.Shapes {
		if sh := &s.Scene.Futures.Shapes[i]; sh.Style == layout.Running && shape == nil {
			shape = sh
		}
	}
	overlay = &s.Scene.Overlays[0]
	s.Apply(Select(Target{View: &s.Scene.Futures, Lane: shape.Lane, Shape: shape}))
	s.Apply(Hover(OverlayTarget(overlay)))
	playhead, t0, t1, rows := s.Playhead, s.T0, s.T1, len(s.Rows())
	en := s.Selected.Text()

	s.Relabel(layout.BuildWith(s.Trace, layout.BuildOptions{Lang: "zh"}))
	if s.Scene.Lang != "zh" || s.Playhead != playhead || s.T0 != t0 || s.T1 != t1 || len(s.Rows()) != rows {
		t.Fatalf("Relabel changed more than the words")
	}
	if s.Selected.View != &s.Scene.Futures || s.Selected.Shape == shape || s.Selected.Shape.Seq != shape.Seq {
		t.Fatalf("the selection does not point into the new scene: %+v", s.Selected)
	}
	if zh := s.Selected.Text(); !hasHan(zh) || zh == en {
		t.Errorf("the selection reads %q in Chinese (English %q)", zh, en)
	}
	if s.Hovered.Shape != &s.Scene.Overlays[0] || !hasHan(s.Hovered.Text()) {
		t.Errorf("the hovered overlay is %+v", s.Hovered)
	}
	for _, r := range s.Rows() {
		if r.View != &s.Scene.Futures && r.View != &s.Scene.Threads {
			t.Fatalf("a row points into the old scene")
		}
	}
}

// TestEndedWith reads how a run ended in the header: futurescope's own message in the viewer's
// language, Python's exception as Python wrote it.
func TestEndedWith(t *testing.T) {
	tests := []struct{ lang, outcome, want string }{
		{"zh", "deadlock: no thread can run and no timer is pending", "运行结束于：死锁：没有线程能运行，也没有待触发的定时器"},
		{"zh", "KeyError: 'a'", "运行结束于：KeyError: 'a'"},
		{"en", "deadlock: no thread can run and no timer is pending", "the run ended with: deadlock: no thread can run and no timer is pending"},
	}
	for _, tt := range tests {
		if got := WordsFor(tt.lang).EndedWith(tt.outcome); got != tt.want {
			t.Errorf("EndedWith(%q) in %s = %q, want %q", tt.outcome, tt.lang, got, tt.want)
		}
	}
}

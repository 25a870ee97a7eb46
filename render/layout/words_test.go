package layout

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/futurescope/futurescope/sim/trace"
)

// placeholders returns the sorted {name} placeholders of s.
func placeholders(s string) []string {
	out := regexp.MustCompile(`\{\w+\}`).FindAllString(s, -1)
	slices.Sort(out)
	return out
}

// pythonWords are the words a Chinese scene keeps in English: Python's names and units, and the
// terms the lessons and render/words keep in Chinese (future, CPU, t= of a moment).
var pythonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`GIL PENDING RUNNING CANCELLED CANCELLED_AND_NOTIFIED FINISHED
		ALL_COMPLETED FIRST_COMPLETED FIRST_EXCEPTION Python pid timeout result exception wait as_completed
		Future cancel shutdown join sleep done not_done return_when True False CancelledError s ms ns
		future CPU t`) {
		pythonWords[w] = true
	}
}

var latinWord, laneName = regexp.MustCompile(`[A-Za-z_][A-Za-z_0-9]*`), regexp.MustCompile(`^[fTP][0-9]+$`)

// EnglishWords returns the words of s written in Latin letters that are neither Python's (see
// pythonWords) nor in allowed, nor names of futures, threads and processes (f3, T2, P1).
func EnglishWords(s string, allowed map[string]bool) []string {
	var out []string
	for _, w := range latinWord.FindAllString(s, -1) {
		if !pythonWords[w] && !allowed[w] && !laneName.MatchString(w) {
			out = append(out, w)
		}
	}
	return out
}

// TestPhrasesMatch checks that every English phrase has a Chinese one with the same placeholders,
// and that every style has a Chinese legend name and meaning.
func TestPhrasesMatch(t *testing.T) {
	ev, zv := reflect.ValueOf(english), reflect.ValueOf(chinese)
	for i := range ev.NumField() {
		name := ev.Type().Field(i).Name
		e, z := ev.Field(i).String(), zv.Field(i).String()
		if e == "" || z == "" {
			t.Errorf("%s: %q, %q: a phrase is missing", name, e, z)
		}
		if !slices.Equal(placeholders(e), placeholders(z)) {
			t.Errorf("%s: %q and %q have different placeholders", name, e, z)
		}
		if w := EnglishWords(regexp.MustCompile(`\{\w+\}`).ReplaceAllString(z, ""), nil); len(w) > 0 {
			t.Errorf("%s: %q has English words %q", name, z, w)
		}
	}
	for _, st := range Styles() {
		zh := st.LookIn("zh")
		if !strings.ContainsFunc(zh.Meaning, func(r rune) bool { return unicode.Is(unicode.Han, r) }) || zh.Name == "" {
			t.Errorf("%v: no Chinese look (%q, %q)", st, zh.Name, zh.Meaning)
		}
		if en := st.LookIn("en"); en != st.Look() || zh.Fill != en.Fill || zh.Glyph != en.Glyph {
			t.Errorf("%v: LookIn changes more than the words", st)
		}
	}
}

func TestFill(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{"{who} waits in {call} {when}", "T1 waits in f1.result() from 0 s"},
		{"{who} {missing}", "T1 {missing}"},
		{"no placeholders", "no placeholders"},
		{"{who", "{who"},
		{"{call}{call}", "f1.result()f1.result()"},
	}
	for _, tt := range tests {
		if got := fill(tt.tmpl, "who", "T1", "call", "f1.result()", "when", "from 0 s"); got != tt.want {
			t.Errorf("fill(%q) = %q, want %q", tt.tmpl, got, tt.want)
		}
	}
	if got := fill("{v}", "v", "{w}", "w", "x"); got != "{w}" {
		t.Errorf("fill filled a value's braces: %q", got)
	}
}

// TestEventPhrasesMatch checks that every event the English describes, the Chinese describes too,
// with the same placeholders, and that DescribeEvent fills them all.
func TestEventPhrasesMatch(t *testing.T) {
	for k, e := range englishEvents.kinds {
		z := chineseEvents.kinds[k]
		if z == "" || !slices.Equal(placeholders(e), placeholders(z)) {
			t.Errorf("event %s: %q and %q have different placeholders", k, e, z)
		}
		ev := trace.Event{Kind: k, Thread: 1, Future: 2, Name: "result", Args: "(3,)", Value: "7"}
		for _, lang := range []string{"en", "zh"} {
			if d := DescribeEvent(ev, lang); d == "" || strings.ContainsAny(d, "{}") {
				t.Errorf("DescribeEvent(%s, %s) = %q", k, lang, d)
			}
		}
	}
	if !slices.Equal(placeholders(englishEvents.timedOut), placeholders(chineseEvents.timedOut)) {
		t.Errorf("a timeout that raised: %q and %q", englishEvents.timedOut, chineseEvents.timedOut)
	}
	tests := []struct {
		e      trace.Event
		en, zh string
	}{
		{trace.Event{Kind: trace.FutureCreate, Thread: 1, Future: 3, Name: "gcd", Args: "(1, 2)"}, "T1 submitted f3 gcd(1, 2)", "T1 提交了 f3 gcd(1, 2)"},
		{trace.Event{Kind: trace.FutureFinish, Future: 3, Name: "returned", Value: "7"}, "f3 is FINISHED: it returned 7", "f3 变为 FINISHED：返回了 7"},
		{trace.Event{Kind: trace.Timeout, Thread: 1, Name: "result", Value: "TimeoutError()"}, "T1: result() timed out and raised TimeoutError()", "T1：result() 超时，抛出 TimeoutError()"},
		{trace.Event{Kind: trace.CallEnd, Thread: 2, Name: "wait", Value: "done=1 not_done=2"}, "T2 returns from wait() → done=1 not_done=2", "T2 从 wait() 返回 → done=1 not_done=2"},
		{trace.Event{Kind: trace.GILAcquire, Thread: 1}, "", ""},
	}
	for _, tt := range tests {
		if en, zh := DescribeEvent(tt.e, "en"), DescribeEvent(tt.e, "zh"); en != tt.en || zh != tt.zh {
			t.Errorf("DescribeEvent(%+v) = %q, %q; want %q, %q", tt.e, en, zh, tt.en, tt.zh)
		}
	}
}

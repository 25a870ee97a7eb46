package live

import "testing"

func TestASyntaxErrorKeepsTheLastGoodRunDimmed(t *testing.T) {
	var s Screen
	good := Run{Key: "a.py", Compiled: true}
	s = s.Take(good)
	if s.Dimmed() || s.Shown.Key != "a.py" {
		t.Fatalf("the first run: %+v", s)
	}
	s = s.Take(Run{Key: "a.py"})
	if !s.Dimmed() || s.Shown == nil || !s.Shown.Compiled {
		t.Fatalf("after a syntax error the screen is %+v, want the good run dimmed under the error", s)
	}
	s = s.Take(Run{Key: "a.py"}) // still broken: the good run stays
	if !s.Dimmed() || !s.Shown.Compiled {
		t.Errorf("a second syntax error lost the good run: %+v", s)
	}
	s = s.Take(Run{Key: "a.py", Compiled: true})
	if s.Dimmed() {
		t.Errorf("a run that compiled is still dimmed: %+v", s)
	}
	s = s.Take(Run{Key: "b.py"}) // another script: nothing of a.py to keep
	if s.Dimmed() || s.Shown.Key != "b.py" {
		t.Errorf("a syntax error in another script kept a.py: %+v", s)
	}
	var empty Screen
	if s := empty.Take(Run{Key: "a.py"}); s.Dimmed() || s.Shown == nil {
		t.Errorf("a syntax error with nothing shown before: %+v, want it shown", s)
	}
}

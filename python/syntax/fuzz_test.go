package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse feeds random bytes and mutated corpus files to Parse: it must
// return (no panic, no hang), and every position it gives must lie in the
// source.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"testdata/parse", "testdata/errors", "testdata/fuzz"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkParse(t, src)
	})
}

// checkParse parses src and checks the positions in its tree or error.
func checkParse(t *testing.T, src []byte) {
	mod, err := Parse("fuzz.py", src)
	lines := bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) + 2
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			t.Fatalf("error %T, want *Error", err)
		}
		if e.Line < 0 || e.Line > lines || e.Col < 0 || e.Msg == "" {
			t.Fatalf("error out of the source: %+v", e)
		}
		if e.Kind != "SyntaxError" && e.Kind != "IndentationError" && e.Kind != "TabError" {
			t.Fatalf("error kind %q", e.Kind)
		}
		tb := e.Traceback()
		if !strings.HasSuffix(tb, e.Kind+": "+e.Msg+"\n") {
			t.Fatalf("traceback does not end with the message:\n%s", tb)
		}
		return
	}
	if mod == nil {
		t.Fatal("nil module without error")
	}
	// Positions are in the source as decoded to UTF-8 (a Latin-1 source
	// grows), as CPython's are.
	src = mod.Source()
	lines = bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) + 2
	walk(reflect.ValueOf(mod), func(n Node) {
		p, e := n.Pos(), n.End()
		if _, ok := n.(*Module); ok {
			return
		}
		if a, ok := n.(*Arguments); ok && len(a.Args)+len(a.Posonlyargs)+len(a.Kwonlyargs) == 0 && a.Vararg == nil && a.Kwarg == nil {
			return
		}
		if p.Line < 1 || p.Line > lines || e.Line < p.Line || e.Line > lines || (e.Line == p.Line && e.Col < p.Col) || p.Col < 0 || e.Col < 0 {
			t.Fatalf("%T at %v-%v out of the source (%d lines)", n, p, e, lines)
		}
		if p.Col > len(src) || e.Col > len(src) {
			t.Fatalf("%T at %v-%v: column beyond the source", n, p, e)
		}
	})
	// The dump of a parsed tree never fails.
	_ = Dump(mod)
}

// walk calls fn on every node reachable from v.
func walk(v reflect.Value, fn func(Node)) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if n, ok := v.Interface().(Node); ok && v.Kind() == reflect.Pointer {
			fn(n)
		}
		walk(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), fn)
		}
	}
}

// TestDeepNesting checks that deep nesting ends with an error, never a Go
// stack overflow, and that CPython's own limits are reported as CPython
// words them.
func TestDeepNesting(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"x = " + strings.Repeat("(", 300) + strings.Repeat(")", 300) + "\n", "too many nested parentheses"},
		{"x = " + strings.Repeat("[", 250) + "\n", "too many nested parentheses"},
		{"x = " + strings.Repeat("-", 100000) + "1\n", "too complex"},
		{"x = " + strings.Repeat("not ", 100000) + "1\n", "too complex"},
		{"x = 1" + strings.Repeat("**1", 100000) + "\n", "too complex"},
		{"x = " + strings.Repeat("lambda: ", 100000) + "1\n", "too complex"},
		{"x = " + strings.Repeat("1 if 1 else ", 100000) + "1\n", "too complex"},
		{"x = " + strings.Repeat("f'{", 150) + strings.Repeat("}'", 150) + "\n", "too many nested"},
	}
	for _, c := range cases {
		_, err := Parse("deep.py", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%.30s...: got %v, want an error with %q", c.src, err, c.msg)
		}
	}
	var b strings.Builder
	for i := 0; i < 120; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", 120) + "pass\n")
	_, err := Parse("deep.py", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "IndentationError: too many levels of indentation") {
		t.Errorf("deep blocks: got %v", err)
	}
	// What CPython parses stays parsable.
	ok := "x = " + strings.Repeat("f(", 150) + strings.Repeat(")", 150) + "\ny = " + strings.Repeat("-", 1000) + "1\n"
	if _, err := Parse("ok.py", []byte(ok)); err != nil {
		t.Errorf("150 nested calls: %v", err)
	}
}

// TestIntDigitsLimit checks CPython's limit on decimal int literals (4300
// digits), which also keeps a huge literal from costing quadratic time.
func TestIntDigitsLimit(t *testing.T) {
	if _, err := Parse("x.py", []byte("x = "+strings.Repeat("9", 4300)+"\n")); err != nil {
		t.Errorf("4300 digits: %v", err)
	}
	_, err := Parse("x.py", []byte("x = 1\ny = "+strings.Repeat("1_2", 3000)+"\n"))
	e, ok := err.(*Error)
	if !ok || e.Line != 2 || !strings.HasPrefix(e.Msg, "Exceeds the limit (4300 digits) for integer string conversion: value has 6000 digits;") {
		t.Errorf("6000 digits: %v", err)
	}
	if _, err := Parse("x.py", []byte("x = 0x"+strings.Repeat("f", 10000)+"\n")); err != nil {
		t.Errorf("hexadecimal has no limit: %v", err)
	}
}

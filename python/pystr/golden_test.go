package pystr

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// TestStrMethodsGolden runs every case testdata/gen.py had CPython 3.13 answer.
func TestStrMethodsGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/str_methods.json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		WrittenBy string            `json:"written_by"`
		Cases     []json.RawMessage `json:"cases"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if g.WrittenBy == "" || len(g.Cases) == 0 {
		t.Fatal("no cases")
	}
	fails := 0
	for _, raw := range g.Cases {
		var method, s string
		var args []any
		var want any
		if err := json.Unmarshal(raw, &[]any{&method, &s, &args, &want}); err != nil {
			t.Fatal(err)
		}
		got := call(t, method, s, args)
		if !reflect.DeepEqual(normalize(got), normalize(want)) {
			fails++
			if fails <= 40 {
				t.Errorf("%s:\n got  %#v\n want %#v", raw, got, want)
			}
		}
	}
	t.Logf("%d cases, %d differ", len(g.Cases), fails)
}

// normalize turns results into JSON's shapes: []string to []any, ints to float64.
func normalize(v any) any {
	b, _ := json.Marshal(v)
	var out any
	json.Unmarshal(b, &out)
	return out
}

func argInt(a any) int { return int(a.(float64)) }

func argRune(a any) rune { return []rune(a.(string))[0] }

func call(t *testing.T, method, s string, args []any) any {
	switch method {
	case "upper":
		return Upper(s)
	case "lower":
		return Lower(s)
	case "casefold":
		return Casefold(s)
	case "swapcase":
		return SwapCase(s)
	case "title":
		return Title(s)
	case "capitalize":
		return Capitalize(s)
	case "isdigit":
		return IsDigit(s)
	case "isdecimal":
		return IsDecimal(s)
	case "isnumeric":
		return IsNumeric(s)
	case "isalpha":
		return IsAlpha(s)
	case "isalnum":
		return IsAlnum(s)
	case "isspace":
		return IsSpace(s)
	case "isupper":
		return IsUpper(s)
	case "islower":
		return IsLower(s)
	case "istitle":
		return IsTitle(s)
	case "isidentifier":
		return IsIdentifier(s)
	case "isprintable":
		return IsPrintable(s)
	case "isascii":
		return IsASCII(s)
	case "len":
		return Len(s)
	case "__repr__":
		return Repr(s)
	case "ascii":
		return ASCII(s)
	case "bytesrepr":
		b := make([]byte, 0, len(s))
		for _, r := range s {
			b = append(b, byte(r))
		}
		return BytesRepr(string(b))
	case "splitlines":
		return Splitlines(s, len(args) > 0 && args[0].(bool))
	case "strip", "lstrip", "rstrip":
		if len(args) == 0 {
			return map[string]func(string) string{"strip": Strip, "lstrip": LStrip, "rstrip": RStrip}[method](s)
		}
		return map[string]func(string, string) string{"strip": StripChars, "lstrip": LStripChars, "rstrip": RStripChars}[method](s, args[0].(string))
	case "split", "rsplit":
		n := -1
		var sep any
		if len(args) > 0 {
			sep, n = args[0], argInt(args[1])
		}
		if sep == nil {
			if method == "split" {
				return SplitWhitespace(s, n)
			}
			return RSplitWhitespace(s, n)
		}
		if sep == "" {
			return "ValueError: " + ErrEmptySeparator
		}
		if method == "split" {
			return Split(s, sep.(string), n)
		}
		return RSplit(s, sep.(string), n)
	case "find", "rfind", "count", "startswith", "endswith":
		sub, st, en := args[0].(string), argInt(args[1]), argInt(args[2])
		switch method {
		case "find":
			return Find(s, sub, st, en)
		case "rfind":
			return RFind(s, sub, st, en)
		case "count":
			return Count(s, sub, st, en)
		case "startswith":
			return StartsWith(s, sub, st, en)
		}
		return EndsWith(s, sub, st, en)
	case "partition", "rpartition":
		sep := args[0].(string)
		if sep == "" {
			return "ValueError: " + ErrEmptySeparator
		}
		var a, b, c string
		if method == "partition" {
			a, b, c = Partition(s, sep)
		} else {
			a, b, c = RPartition(s, sep)
		}
		return []string{a, b, c}
	case "removeprefix":
		return RemovePrefix(s, args[0].(string))
	case "removesuffix":
		return RemoveSuffix(s, args[0].(string))
	case "replace":
		return Replace(s, args[0].(string), args[1].(string), argInt(args[2]))
	case "center":
		return Center(s, argInt(args[0]), argRune(args[1]))
	case "ljust":
		return LJust(s, argInt(args[0]), argRune(args[1]))
	case "rjust":
		return RJust(s, argInt(args[0]), argRune(args[1]))
	case "zfill":
		return ZFill(s, argInt(args[0]))
	case "expandtabs":
		return ExpandTabs(s, argInt(args[0]))
	case "slice":
		start, stop, step := AdjustSlice(argInt(args[0]), argInt(args[1]), argInt(args[2]), Len(s))
		return Slice(s, start, stop, step)
	}
	t.Fatalf("unknown method %s", method)
	return nil
}

var _ = fmt.Sprint

func TestIndex(t *testing.T) {
	for _, s := range []string{"", "a", "日本語テキスト", "x日y本z" + string(make([]byte, 100)) + "é😀", "😀 emoji 😀 and more text to pass one stride of thirty-two code points"} {
		rs := []rune(s)
		x := NewIndex(s)
		if x.Len() != len(rs) || Len(s) != len(rs) {
			t.Fatalf("%q: Len %d, %d, want %d", s, x.Len(), Len(s), len(rs))
		}
		for i := range rs {
			if x.At(i) != string(rs[i]) || At(s, i) != string(rs[i]) {
				t.Fatalf("%q[%d] = %q, %q, want %q", s, i, x.At(i), At(s, i), string(rs[i]))
			}
			for j := i; j <= len(rs); j += 7 {
				if got := x.Slice(i, j); got != string(rs[i:j]) {
					t.Fatalf("%q[%d:%d] = %q, want %q", s, i, j, got, string(rs[i:j]))
				}
			}
		}
	}
}

// TestCodePointsGolden checks each code point's predicates, case mappings and repr against
// CPython 3.13 (testdata/codepoints.json: every code point below U+3400, Unicode 15.1's additions
// and a sample of the rest).
func TestCodePointsGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/codepoints.json")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		WrittenBy string   `json:"written_by"`
		Preds     []string `json:"predicates"`
		Rows      [][]any  `json:"rows"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	preds := []func(string) bool{IsDigit, IsDecimal, IsNumeric, IsAlpha, IsAlnum, IsSpace, IsUpper, IsLower,
		IsTitle, IsIdentifier, IsPrintable, func(s string) bool { return IsIdentifier("a" + s) }}
	if len(preds) != len(g.Preds) || len(g.Rows) < 10000 {
		t.Fatalf("%d predicates, %d rows", len(g.Preds), len(g.Rows))
	}
	fails := 0
	for _, row := range g.Rows {
		c := string(rune(row[0].(float64)))
		bits := int(row[1].(float64))
		for i, p := range preds {
			if got, want := p(c), bits&(1<<i) != 0; got != want {
				fails++
				if fails < 40 {
					t.Errorf("U+%04X %s: got %v, want %v", rune(row[0].(float64)), g.Preds[i], got, want)
				}
			}
		}
		r := Repr(c)
		for i, got := range []string{Upper(c), Lower(c), Title(c), Casefold(c), r[1 : len(r)-1]} {
			want := row[2+i].(string)
			if want == "" {
				want = c
			}
			if got != want {
				fails++
				if fails < 40 {
					t.Errorf("U+%04X mapping %d: got %q, want %q", rune(row[0].(float64)), i, got, want)
				}
			}
		}
	}
	t.Logf("%d code points, %d differences", len(g.Rows), fails)
}

package format

import (
	"encoding/json"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// golden is a file of cases written by testdata/gen.py under CPython.
type golden struct {
	WrittenBy string            `json:"written_by"`
	Cases     []json.RawMessage `json:"cases"`
}

func loadGolden(t testing.TB, name string) []json.RawMessage {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(g.Cases) == 0 || g.WrittenBy == "" {
		t.Fatalf("%s: no cases or no CPython version", name)
	}
	return g.Cases
}

// pyValue is a value as gen.py encodes it: [kind, text].
type pyValue struct {
	Kind string
	Raw  json.RawMessage
}

func (v *pyValue) UnmarshalJSON(b []byte) error {
	var pair [2]json.RawMessage
	if err := json.Unmarshal(b, &pair); err != nil {
		return err
	}
	if err := json.Unmarshal(pair[0], &v.Kind); err != nil {
		return err
	}
	v.Raw = pair[1]
	return nil
}

// Go returns the Go value standing for the Python value: int64 or *big.Int, float64, string, bool,
// []any (tuple), map (dict, as an ordered pair list), or nil.
func (v pyValue) Go(t testing.TB) any {
	var text string
	switch v.Kind {
	case "tuple":
		var items []pyValue
		if err := json.Unmarshal(v.Raw, &items); err != nil {
			t.Fatal(err)
		}
		out := make(tuple, len(items))
		for i, it := range items {
			out[i] = it.Go(t)
		}
		return out
	case "dict":
		var items [][2]json.RawMessage
		if err := json.Unmarshal(v.Raw, &items); err != nil {
			t.Fatal(err)
		}
		d := dict{}
		for _, it := range items {
			var k string
			var x pyValue
			json.Unmarshal(it[0], &k)
			if err := json.Unmarshal(it[1], &x); err != nil {
				t.Fatal(err)
			}
			d.keys = append(d.keys, k)
			d.vals = append(d.vals, x.Go(t))
		}
		return d
	}
	if err := json.Unmarshal(v.Raw, &text); err != nil {
		t.Fatal(err)
	}
	switch v.Kind {
	case "int":
		x, ok := new(big.Int).SetString(text, 0)
		if !ok {
			t.Fatalf("bad int %q", text)
		}
		if x.IsInt64() {
			return x.Int64()
		}
		return x
	case "float":
		switch text {
		case "inf":
			return math.Inf(1)
		case "-inf":
			return math.Inf(-1)
		case "nan":
			return math.NaN()
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	case "str":
		return text
	case "bool":
		return text == "True"
	case "none":
		return nil
	}
	t.Fatalf("unknown kind %q", v.Kind)
	return nil
}

// result renders a Go result and error as gen.py renders CPython's: "ExcType: message".
func errText(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := err.(*Error); ok {
		return e.Type + ": " + e.Msg
	}
	return "Go error: " + err.Error()
}

// check reports a mismatch with its case, keeping the output short after many failures.
type checker struct {
	t     *testing.T
	fails int
	total int
}

func (c *checker) check(what string, got, gotErr, want, wantErr string) {
	c.total++
	if gotErr != "" {
		got = ""
	}
	if got == want && gotErr == wantErr {
		return
	}
	c.fails++
	if c.fails <= 40 {
		c.t.Errorf("%s:\n got  %q %s\n want %q %s", what, got, gotErr, want, wantErr)
	}
}

func (c *checker) done() {
	if c.fails > 40 {
		c.t.Errorf("... %d of %d cases differ", c.fails, c.total)
	}
	c.t.Logf("%d cases, %d differ", c.total, c.fails)
}

func TestFormatSpecGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "format_spec.json") {
		var v pyValue
		var spec, want, wantErr string
		if err := json.Unmarshal(raw, &[]any{&v, &spec, &want, &wantErr}); err != nil {
			t.Fatal(err)
		}
		x := v.Go(t)
		got, err := Format(x, spec, DefaultIntMaxStrDigits)
		c.check("format("+string(raw)[:min(len(raw), 120)]+")", got, errText(err), want, wantErr)
	}
	c.done()
}

package format

import (
	"encoding/json"
	"fmt"
	"math/big"
	"testing"

	"github.com/futurescope/futurescope/python/pystr"
)

// testResolver resolves str.format fields over natives, tuples and dicts as CPython would.
type testResolver struct {
	args   tuple
	kwargs dict
}

func (r testResolver) Positional(i int) (any, error) {
	if i >= len(r.args) {
		return nil, &Error{"IndexError", fmt.Sprintf("Replacement index %d out of range for positional args tuple", i)}
	}
	return r.args[i], nil
}

func (r testResolver) Keyword(name string) (any, error) {
	return testConverter{}.GetItem(r.kwargs, name)
}

func (r testResolver) Attr(v any, name string) (any, error) {
	if name == "real" {
		switch v := v.(type) {
		case int64, float64, *big.Int:
			return v, nil
		case bool:
			if v {
				return int64(1), nil
			}
			return int64(0), nil
		}
	}
	return nil, &Error{"AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", typeOf(v), name)}
}

func typeOf(v any) string {
	p := percent{c: testConverter{}}
	return p.typeName(v)
}

func (r testResolver) Item(v any, k Key) (any, error) {
	switch v := v.(type) {
	case tuple:
		if !k.IsInt {
			return nil, &Error{"TypeError", "tuple indices must be integers or slices, not str"}
		}
		if k.Int >= len(v) {
			return nil, &Error{"IndexError", "tuple index out of range"}
		}
		return v[k.Int], nil
	case dict:
		if k.IsInt {
			return nil, &Error{"KeyError", fmt.Sprint(k.Int)}
		}
		return testConverter{}.GetItem(v, k.Str)
	case string:
		if !k.IsInt {
			return nil, &Error{"TypeError", "string indices must be integers, not 'str'"}
		}
		if k.Int >= pystr.Len(v) {
			return nil, &Error{"IndexError", "string index out of range"}
		}
		return pystr.At(v, k.Int), nil
	}
	return nil, &Error{"TypeError", fmt.Sprintf("'%s' object is not subscriptable", typeOf(v))}
}

func (r testResolver) Convert(v any, conv rune) (any, error) {
	return Percent("%"+string(conv), []any{v}, testConverter{}, DefaultIntMaxStrDigits)
}

func (r testResolver) Format(v any, spec string) (string, error) {
	switch v.(type) {
	case tuple, dict, nil:
		if spec != "" {
			return "", &Error{"TypeError", "unsupported format string passed to " + typeOf(v) + ".__format__"}
		}
		return Percent("%s", []any{v}, testConverter{}, DefaultIntMaxStrDigits)
	}
	return Format(v, spec, DefaultIntMaxStrDigits)
}

func TestRenderGolden(t *testing.T) {
	cases := loadGolden(t, "strformat.json")
	var va, vk pyValue
	decode(t, cases[0], &va, &vk)
	r := testResolver{args: va.Go(t).(tuple), kwargs: vk.Go(t).(dict)}
	c := &checker{t: t}
	for _, raw := range cases[1:] {
		var f, want, wantErr string
		decode(t, raw, &f, &want, &wantErr)
		got, err := Render(f, r)
		c.check(string(raw), got, errText(err), want, wantErr)
	}
	c.done()
}

var _ = json.Unmarshal

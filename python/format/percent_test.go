package format

import (
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
)

// testConverter is a Converter for the values the goldens use: natives, tuples and dicts.
type testConverter struct{}

func (testConverter) TypeName(v any) string {
	switch v.(type) {
	case dict:
		return "dict"
	case tuple:
		return "tuple"
	}
	return fmt.Sprintf("%T", v)
}
func (c testConverter) Str(v any) (string, error) { return c.Repr(v) }
func (c testConverter) Repr(v any) (string, error) {
	switch v := v.(type) {
	case dict:
		s := "{"
		for i, k := range v.keys {
			if i > 0 {
				s += ", "
			}
			s += pyReprNative(k) + ": " + pyReprNative(v.vals[i])
		}
		return s + "}", nil
	case tuple:
		s := "("
		for i, x := range v {
			if i > 0 {
				s += ", "
			}
			s += pyReprNative(x)
		}
		if len(v) == 1 {
			s += ","
		}
		return s + ")", nil
	}
	return "", fmt.Errorf("repr of %T", v)
}
func (c testConverter) ASCII(v any) (string, error) { return c.Repr(v) }
func (testConverter) Tuple(v any) ([]any, bool) {
	t, ok := v.(tuple)
	return t, ok
}
func (testConverter) IsMapping(v any) bool {
	_, ok := v.(dict)
	return ok
}
func (testConverter) GetItem(v any, key string) (any, error) {
	d := v.(dict)
	for i, k := range d.keys {
		if k == key {
			return d.vals[i], nil
		}
	}
	return nil, &Error{"KeyError", pyReprNative(key)}
}
func (testConverter) String(v any) (string, bool) { return "", false }
func (testConverter) Int(v any, index bool) (int64, *big.Int, bool, error) {
	return 0, nil, false, nil
}
func (testConverter) Float(v any) (float64, bool, error) { return 0, false, nil }

func pyReprNative(v any) string {
	s, err := Percent("%r", []any{v}, testConverter{}, DefaultIntMaxStrDigits)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	return s
}

// accessConverter reads tuples through TupleAccess instead of Tuple.
type accessConverter struct{ testConverter }

func (accessConverter) Tuple(v any) ([]any, bool) { panic("Tuple called despite TupleAccess") }
func (accessConverter) TupleLen(v any) (int, bool) {
	t, ok := v.(tuple)
	return len(t), ok
}
func (accessConverter) TupleItem(v any, i int) any { return v.(tuple)[i] }

func TestPercentGolden(t *testing.T) {
	for _, conv := range []Converter{testConverter{}, accessConverter{}} {
		c := &checker{t: t}
		for _, raw := range loadGolden(t, "percent.json") {
			var f, want, wantErr string
			var v pyValue
			decode(t, raw, &f, &v, &want, &wantErr)
			got, err := Percent(f, v.Go(t), conv, DefaultIntMaxStrDigits)
			c.check(fmt.Sprintf("%T %s", conv, string(raw)[:min(len(raw), 150)]), got, errText(err), want, wantErr)
		}
		c.done()
	}
}

var _ = json.Unmarshal

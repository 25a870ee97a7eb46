package format

import (
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
)

func TestMiscGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "misc.json") {
		var op string
		decode(t, raw, &op)
		switch op {
		case "hex":
			var v pyValue
			var want string
			decode(t, raw, new(string), &v, &want)
			c.check(string(raw), FloatHex(v.Go(t).(float64)), "", want, "")
		case "floor", "ceil":
			var v pyValue
			var want, wantErr string
			decode(t, raw, new(string), &v, &want, &wantErr)
			f := Floor
			if op == "ceil" {
				f = Ceil
			}
			i, b, err := f(v.Go(t).(float64))
			got := pyRepr(i)
			if b != nil {
				got = b.String()
			}
			c.check(string(raw), got, errText(err), want, wantErr)
		case "fromhex":
			var h, want, wantErr string
			decode(t, raw, new(string), &h, &want, &wantErr)
			f, err := FloatFromHex(h)
			c.check(string(raw), FloatRepr(f), errText(err), want, wantErr)
		case "parse":
			var format, wantErr string
			var want json.RawMessage
			decode(t, raw, new(string), &format, &want, &wantErr)
			segs, err := ParseFormat(format)
			got := ""
			if err == nil {
				// As Formatter.parse yields: (literal, name, spec, conversion), None without a field.
				rows := [][]any{}
				for _, s := range segs {
					if !s.HasField {
						rows = append(rows, []any{s.Literal, nil, nil, nil})
						continue
					}
					var conv any
					if s.Conv != 0 {
						conv = string(s.Conv)
					}
					rows = append(rows, []any{s.Literal, s.Name, s.Spec, conv})
				}
				b, _ := json.Marshal(rows)
				got = string(b)
				var w any
				json.Unmarshal(want, &w)
				wb, _ := json.Marshal(w)
				want = wb
			} else {
				want = json.RawMessage(`""`)
			}
			var wantStr string
			if json.Unmarshal(want, &wantStr) != nil {
				wantStr = string(want)
			}
			c.check(string(raw), got, errText(err), wantStr, wantErr)
		default:
			t.Fatalf("unknown op %q", op)
		}
	}
	c.done()
}

func TestMoreGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "more.json") {
		var op string
		decode(t, raw, &op)
		switch op {
		case "complex":
			var re, im pyValue
			var want string
			decode(t, raw, new(string), &re, &im, &want)
			c.check(string(raw), ComplexRepr(re.Go(t).(float64), im.Go(t).(float64)), "", want, "")
		case "roundint":
			var v pyValue
			var n int64
			var want string
			decode(t, raw, new(string), &v, &n, &want)
			c.check(string(raw), RoundInt(asBig(v.Go(t)), n).String(), "", want, "")
		case "divmod":
			var va, vb pyValue
			var want, wantErr string
			decode(t, raw, new(string), &va, &vb, &want, &wantErr)
			a, b := va.Go(t).(int64), vb.Go(t).(int64)
			q, r, ok := DivModInt(a, b)
			var got string
			var err error
			switch {
			case ok:
				got = fmt.Sprintf("(%d, %d)", q, r)
			case b == 0:
				err = zeroDivision(ErrIntDivZero)
			default:
				bq, br, _ := DivModBig(big.NewInt(a), big.NewInt(b))
				got = "(" + bq.String() + ", " + br.String() + ")"
			}
			c.check(string(raw), got, errText(err), want, wantErr)
		default:
			t.Fatalf("unknown op %q", op)
		}
	}
	c.done()
}

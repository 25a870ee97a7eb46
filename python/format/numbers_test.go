package format

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"testing"
)

func decode(t *testing.T, raw json.RawMessage, fields ...any) {
	t.Helper()
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
}

func asBig(v any) *big.Int {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return v
	}
	return nil
}

// pyRepr is repr() of a Go int or float result.
func pyRepr(v any) string {
	switch v := v.(type) {
	case int64:
		return fmt.Sprint(v)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	}
	return fmt.Sprintf("?%T", v)
}

func TestFloatReprGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "float_repr.json") {
		var v pyValue
		var want string
		decode(t, raw, &v, &want)
		c.check(string(raw), FloatRepr(v.Go(t).(float64)), "", want, "")
	}
	c.done()
}

func TestRoundGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "round.json") {
		var v pyValue
		var n *int
		var want, wantErr string
		decode(t, raw, &v, &n, &want, &wantErr)
		x := v.Go(t).(float64)
		var got string
		var err error
		if n == nil {
			var i int64
			var bi *big.Int
			i, bi, err = FloatToInt(RoundHalfEven(x))
			if err == nil {
				got = pyRepr(i)
				if bi != nil {
					got = bi.String()
				}
			}
		} else {
			var r float64
			r, err = Round(x, *n)
			if err == nil {
				got = FloatRepr(r)
			}
		}
		c.check(string(raw), got, errText(err), want, wantErr)
	}
	c.done()
}

func TestArithGolden(t *testing.T) {
	c := &checker{t: t}
	ulpOff := 0
	defer func() { t.Logf("%d float powers one unit in the last place from libm's", ulpOff) }()
	for _, raw := range loadGolden(t, "arith.json") {
		var op, want, wantErr string
		var va, vb pyValue
		decode(t, raw, &op, &va, &vb, &want, &wantErr)
		a, b := va.Go(t), vb.Go(t)
		var got string
		var err error
		if fa, ok := a.(float64); ok {
			got, err = floatOp(op, fa, b.(float64))
		} else {
			got, err = intOp(op, a, b)
		}
		if op == "**" && len(want) > 0 && want[0] == '(' && errText(err) == "ValueError: "+ErrNegativeFractionalPower {
			continue // CPython's result is complex
		}
		if op == "**" && err == nil && wantErr == "" && withinOneULP(got, want) && got != want {
			// powBig is correctly rounded; the libm pow CPython calls is within 0.52 ULP and
			// rarely lands on the other neighbour. Count it, don't fail on it.
			ulpOff++
			continue
		}
		c.check(string(raw), got, errText(err), want, wantErr)
	}
	c.done()
}

func floatOp(op string, a, b float64) (string, error) {
	switch op {
	case "//":
		q, err := FloorDivFloat(a, b)
		return FloatRepr(q), err
	case "%":
		r, err := ModFloat(a, b)
		return FloatRepr(r), err
	case "divmod":
		q, r, err := DivModFloat(a, b)
		return "(" + FloatRepr(q) + ", " + FloatRepr(r) + ")", err
	case "/":
		if b == 0 {
			return "", zeroDivision(ErrFloatDivZero)
		}
		return FloatRepr(a / b), nil
	case "**":
		r, err := PowFloat(a, b)
		return FloatRepr(r), err
	}
	return "", fmt.Errorf("op %s", op)
}

func intOp(op string, a, b any) (string, error) {
	ia, aSmall := a.(int64)
	ib, bSmall := b.(int64)
	if aSmall && bSmall {
		switch op {
		case "//":
			if q, ok := FloorDivInt(ia, ib); ok {
				return pyRepr(q), nil
			}
		case "%":
			if r, ok := ModInt(ia, ib); ok {
				return pyRepr(r), nil
			} else if ib == 0 {
				return "", zeroDivision(ErrIntModZero)
			}
		case "/":
			f, err := TrueDivInt(ia, ib)
			return FloatRepr(f), err
		}
	}
	ba, bb := asBig(a), asBig(b)
	switch op {
	case "//", "%", "divmod":
		q, r, err := DivModBig(ba, bb)
		if err != nil {
			if op == "%" {
				return "", zeroDivision(ErrIntModZero)
			}
			return "", err
		}
		switch op {
		case "//":
			return q.String(), nil
		case "%":
			return r.String(), nil
		}
		return "(" + q.String() + ", " + r.String() + ")", nil
	case "/":
		f, err := TrueDivBig(ba, bb)
		return FloatRepr(f), err
	case "**":
		if bb.Sign() < 0 {
			fa, err := BigToFloat(ba)
			if err != nil {
				return "", err
			}
			fb, err := BigToFloat(bb)
			if err != nil {
				return "", err
			}
			r, err := PowFloat(fa, fb)
			return FloatRepr(r), err
		}
		r, err := PowInt(ba, bb, 1<<20)
		if err != nil {
			return "", err
		}
		return r.String(), nil
	}
	return "", fmt.Errorf("op %s", op)
}

func TestPowModGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "powmod.json") {
		var vx, vy, vm pyValue
		var want, wantErr string
		decode(t, raw, &vx, &vy, &vm, &want, &wantErr)
		r, err := PowMod(asBig(vx.Go(t)), asBig(vy.Go(t)), asBig(vm.Go(t)))
		got := ""
		if err == nil {
			got = r.String()
		}
		c.check(string(raw), got, errText(err), want, wantErr)
	}
	c.done()
}

func TestParseIntGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "parse_int.json") {
		var s, want, wantErr string
		var base int
		decode(t, raw, &s, &base, &want, &wantErr)
		i, bi, err := ParseInt(s, base, DefaultIntMaxStrDigits)
		got := ""
		if err == nil {
			got = Hex(i, bi)
		}
		c.check(string(raw)[:min(len(raw), 100)], got, errText(err), want, wantErr)
	}
	c.done()
}

func TestParseFloatGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "parse_float.json") {
		var s, want, wantErr string
		decode(t, raw, &s, &want, &wantErr)
		f, err := ParseFloat(s)
		got := ""
		if err == nil {
			got = FloatRepr(f)
		}
		c.check(string(raw), got, errText(err), want, wantErr)
	}
	c.done()
}

func TestIntStrGolden(t *testing.T) {
	c := &checker{t: t}
	for _, raw := range loadGolden(t, "int_str.json") {
		var head json.RawMessage
		var rest []json.RawMessage
		decode(t, raw, &head)
		json.Unmarshal(raw, &rest)
		if string(head) == `"tofloat"` {
			var v pyValue
			var want, wantErr string
			decode(t, raw, new(string), &v, &want, &wantErr)
			f, err := BigToFloat(asBig(v.Go(t)))
			got := ""
			if err == nil {
				got = FloatRepr(f)
			}
			c.check(string(raw)[:min(len(raw), 80)], got, errText(err), want, wantErr)
			continue
		}
		var v pyValue
		var limit int
		var want, wantErr string
		decode(t, raw, &v, &limit, &want, &wantErr)
		x := asBig(v.Go(t))
		var got string
		var err error
		if limit < 0 {
			got = Bin(0, x) + " " + Oct(0, x) + " " + Hex(0, x)
		} else {
			got, err = IntToString(x, limit)
		}
		c.check(string(raw)[:min(len(raw), 80)], got, errText(err), want, wantErr)
	}
	c.done()
}

// withinOneULP reports whether two float reprs are neighbouring floats.
func withinOneULP(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && (math.Nextafter(x, y) == y)
}

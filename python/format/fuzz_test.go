package format

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"
)

// Untrusted input reaches every entry point from a script; none may panic, every error must be a
// Python exception (*Error), and outputs must honour what the spec promised.

func mustBePyError(t *testing.T, what string, err error) {
	t.Helper()
	var e *Error
	if err != nil && !errors.As(err, &e) {
		t.Fatalf("%s: error %v is not a *format.Error", what, err)
	}
}

func FuzzParseSpec(f *testing.F) {
	for _, s := range []string{"", "d", ">10,.2f", "*^+z#010_.3e", "é<5", "0=8x", ".0%", "10000000000000000000000", "ab", "_b", "c"} {
		f.Add(s, int64(-42), 2.675, "日本")
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64, s string) {
		sp, perr := ParseSpec(spec, "int")
		mustBePyError(t, "ParseSpec", perr)
		big := new(big.Int).Lsh(big.NewInt(i), 70)
		for _, v := range []any{i, x, s, big, i%2 == 0} {
			out, err := Format(v, spec, DefaultIntMaxStrDigits)
			mustBePyError(t, "Format", err)
			if err != nil {
				continue
			}
			if perr == nil && sp.Width > 0 && utf8.RuneCountInString(out) < sp.Width {
				t.Fatalf("format(%v, %q) = %q: shorter than the width %d", v, spec, out, sp.Width)
			}
			if _, isStr := v.(string); isStr && utf8.ValidString(s) && !utf8.ValidString(out) && utf8.ValidString(spec) {
				t.Fatalf("format(%q, %q) = %q: invalid UTF-8", s, spec, out)
			}
		}
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%d", "%s %r %a", "%(a)s", "%-+ #012.5f|%x|%c", "%*.*e", "%%", "%", "%(", "%5%", "%.300g", "%c"} {
		f.Add(s, int64(7), 1.5, "x")
	}
	f.Fuzz(func(t *testing.T, format string, i int64, x float64, s string) {
		for _, right := range []any{[]any{i, x, s}, i, x, s, []any{}, []any{s, s, s, i, i, i}} {
			_, err := Percent(format, right, testConverter{}, DefaultIntMaxStrDigits)
			mustBePyError(t, "Percent", err)
		}
		_, err := Percent(format, dict{keys: []string{"a", s}, vals: []any{i, x}}, testConverter{}, DefaultIntMaxStrDigits)
		mustBePyError(t, "Percent with a mapping", err)
	})
}

func FuzzFormatFloat(f *testing.F) {
	for _, x := range []float64{0, math.Copysign(0, -1), 0.1, 2.675, 1e16, 1e-5, 5e-324, math.MaxFloat64, math.Inf(-1), math.NaN()} {
		f.Add(x, uint8(2), byte('f'), int8(2))
	}
	f.Fuzz(func(t *testing.T, x float64, prec uint8, typ byte, nd int8) {
		r := FloatRepr(x)
		back, err := ParseFloat(r)
		if err != nil || (back != x && !(math.IsNaN(x) && math.IsNaN(back))) || math.Signbit(back) != math.Signbit(x) && !math.IsNaN(x) {
			t.Fatalf("repr %q of %v reads back as %v, %v", r, x, back, err)
		}
		spec := "." + string('0'+rune(prec%40/10)) + string('0'+rune(prec%10)) + string(rune(typ))
		out, err := FormatFloat(x, spec, "float")
		mustBePyError(t, "FormatFloat", err)
		if err == nil && strings.ContainsAny(string(typ), "eEfFgG") && !math.IsNaN(x) && !math.IsInf(x, 0) {
			if _, perr := ParseFloat(out); perr != nil {
				t.Fatalf("format(%v, %q) = %q does not read as a float", x, spec, out)
			}
		}
		rounded, err := Round(x, int(nd))
		mustBePyError(t, "Round", err)
		if err == nil && !math.IsNaN(x) && nd >= 0 && !math.IsInf(x, 0) &&
			math.Abs(rounded-x) > math.Pow(10, -float64(nd))/2+2*(math.Nextafter(math.Abs(x), math.Inf(1))-math.Abs(x)) {
			t.Fatalf("round(%v, %d) = %v: moved more than half a unit", x, nd, rounded)
		}
		_, err = ParseFloat(string(rune(typ)) + r)
		mustBePyError(t, "ParseFloat", err)
	})
}

func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0", "-12", "0x_1f", "1_000", "١٢", " 7 ", "0b", strings.Repeat("9", 40)} {
		f.Add(s, int8(0))
	}
	f.Fuzz(func(t *testing.T, s string, base int8) {
		i, b, err := ParseInt(s, int(base), DefaultIntMaxStrDigits)
		mustBePyError(t, "ParseInt", err)
		if err != nil {
			return
		}
		v := big.NewInt(i)
		if b != nil {
			v = b
		}
		str, err := IntToString(v, 0)
		if err != nil {
			t.Fatal(err)
		}
		i2, b2, err := ParseInt(str, 10, 0)
		if err != nil || (b2 == nil && i2 != i) || (b2 != nil && b2.Cmp(v) != 0) {
			t.Fatalf("int(%q, %d) = %s does not read back: %v", s, base, str, err)
		}
	})
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{"{}", "{0[1]}", "{:{}.{}f}", "{name!r:>10}", "{{}}", "{", "}", "{:{:{}}}", "{0.real}"} {
		f.Add(s)
	}
	r := testResolver{args: tuple{int64(1), "two", 3.5, tuple{int64(4)}}, kwargs: dict{keys: []string{"name"}, vals: []any{"x"}}}
	f.Fuzz(func(t *testing.T, format string) {
		_, err := Render(format, r)
		mustBePyError(t, "Render", err)
	})
}

func FuzzPowFloat(f *testing.F) {
	for _, c := range [][2]float64{{2, 0.5}, {2, 7.5}, {1e308, 1.0 / 3}, {-8, 3}, {0, -1}, {-2, 0.5}, {1.1, 64}, {5.687, -25}, {math.Inf(-1), -3}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, a, b float64) {
		r, err := PowFloat(a, b)
		mustBePyError(t, "PowFloat", err)
		if err != nil || a == 0 || b == 0 || math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) || a == 1 {
			return
		}
		want := powBig(a, b)
		if a < 0 && isOddInteger(b) {
			want = -want
		}
		if r != want && math.Nextafter(r, want) != want {
			t.Fatalf("%v ** %v = %v, exact %v", a, b, r, want)
		}
	})
}

package format_test

import (
	"fmt"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
)

func ExampleFormat() {
	for _, c := range []struct {
		v    any
		spec string
	}{
		{int64(1234567), ","}, {int64(255), "#010x"}, {3.14159, ".2f"}, {2.675, ".2f"},
		{0.1, ""}, {1e16, ""}, {"日本", "*^6"}, {true, ""}, {true, "d"},
	} {
		s, err := format.Format(c.v, c.spec, format.DefaultIntMaxStrDigits)
		fmt.Printf("format(%v, %q) = %q %v\n", c.v, c.spec, s, err)
	}
	_, err := format.Format(1.5, "d", format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	_, err = format.Format("abc", ",", format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	_, err = format.Format(int64(1), "1000000000", format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	// Output:
	// format(1234567, ",") = "1,234,567" <nil>
	// format(255, "#010x") = "0x000000ff" <nil>
	// format(3.14159, ".2f") = "3.14" <nil>
	// format(2.675, ".2f") = "2.67" <nil>
	// format(0.1, "") = "0.1" <nil>
	// format(1e+16, "") = "1e+16" <nil>
	// format(日本, "*^6") = "**日本**" <nil>
	// format(true, "") = "True" <nil>
	// format(true, "d") = "1" <nil>
	// ValueError: Unknown format code 'd' for object of type 'float'
	// ValueError: Cannot specify ',' with 's'.
	// ValueError: width too big
}

func ExamplePercent() {
	s, err := format.Percent("%-6s|%5.1f%%|%+d|%#x", []any{"gcd", 99.25, int64(7), int64(255)}, nil, format.DefaultIntMaxStrDigits)
	fmt.Println(s, err)
	_, err = format.Percent("%d %d", []any{int64(1)}, nil, format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	_, err = format.Percent("%d", "x", nil, format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	_, err = format.Percent("%1000000000d", int64(1), nil, format.DefaultIntMaxStrDigits)
	fmt.Println(err)
	// Output:
	// gcd   | 99.2%|+7|0xff <nil>
	// TypeError: not enough arguments for format string
	// TypeError: %d format: a real number is required, not str
	// ValueError: width too big
}

func ExampleFloatRepr() {
	a, b := 0.1, 0.2 // variables: Go would add the constants exactly
	for _, x := range []float64{0.1, a + b, 100, 1e16, 1.5e-5, 1e22} {
		fmt.Println(format.FloatRepr(x))
	}
	// Output:
	// 0.1
	// 0.30000000000000004
	// 100.0
	// 1e+16
	// 1.5e-05
	// 1e+22
}

func ExampleRound() {
	for _, c := range []struct {
		x float64
		n int
	}{{2.675, 2}, {2.567, 2}, {0.125, 2}, {1234.5, -2}} {
		r, _ := format.Round(c.x, c.n)
		fmt.Println(format.FloatRepr(r))
	}
	fmt.Println(format.RoundHalfEven(2.5), format.RoundHalfEven(0.5))
	// Output:
	// 2.67
	// 2.57
	// 0.12
	// 1200.0
	// 2 0
}

func ExampleFloorDivInt() {
	q, _ := format.FloorDivInt(-7, 2)
	r, _ := format.ModInt(-7, 2)
	m, _ := format.ModFloat(7.5, -2)
	f, err := format.TrueDivBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(400), nil), new(big.Int).Exp(big.NewInt(10), big.NewInt(399), nil))
	fmt.Println(q, r, m, f, err)
	// Output:
	// -4 1 -0.5 10 <nil>
}

func ExampleParseInt() {
	for _, s := range []string{" 0x_1f ", "1_000", "٣", "12_"} {
		base := 0
		if s == "12_" {
			base = 10
		}
		i, _, err := format.ParseInt(s, base, format.DefaultIntMaxStrDigits)
		fmt.Println(i, err)
	}
	// Output:
	// 31 <nil>
	// 1000 <nil>
	// 3 <nil>
	// 0 ValueError: invalid literal for int() with base 10: '12_'
}

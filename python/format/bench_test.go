package format

import (
	"math/big"
	"testing"
)

// myInt stands for an interpreter's own int type, which reaches Percent through its Converter.
type myInt int64

type benchConverter struct{ testConverter }

func (benchConverter) Int(v any, index bool) (int64, *big.Int, bool, error) {
	if x, ok := v.(myInt); ok {
		return int64(x), nil, true, nil
	}
	return 0, nil, false, nil
}

func BenchmarkPercentD(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Percent("%d", int64(i), nil, DefaultIntMaxStrDigits)
	}
}

func BenchmarkPercentDConverter(b *testing.B) {
	b.ReportAllocs()
	c := benchConverter{}
	for i := 0; i < b.N; i++ {
		Percent("%d", myInt(i), c, DefaultIntMaxStrDigits)
	}
}

func BenchmarkPercentS(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Percent("name: %s", "futurescope", nil, DefaultIntMaxStrDigits)
	}
}

func BenchmarkPercentF2(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Percent("%.2f", 3.14159, nil, DefaultIntMaxStrDigits)
	}
}

func BenchmarkPercentTuple(b *testing.B) {
	b.ReportAllocs()
	args := []any{int64(3), "worker", 0.25}
	for i := 0; i < b.N; i++ {
		Percent("task %d on %s took %.2f s", args, nil, DefaultIntMaxStrDigits)
	}
}

func BenchmarkFormatF2(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		FormatFloat(3.14159, ".2f", "float")
	}
}

type benchResolver struct{ testResolver }

func BenchmarkRenderF2(b *testing.B) {
	b.ReportAllocs()
	r := benchResolver{testResolver{args: tuple{3.14159}}}
	for i := 0; i < b.N; i++ {
		Render("{:.2f}", r)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	xs := []float64{0.1, 2.675, 1e16, 1.5e-05, 123456.789, 100.0}
	for i := 0; i < b.N; i++ {
		FloatRepr(xs[i%len(xs)])
	}
}

func BenchmarkFloorDivModInt(b *testing.B) {
	b.ReportAllocs()
	s := int64(0)
	for i := 0; i < b.N; i++ {
		q, _ := FloorDivInt(int64(-i), 7)
		r, _ := ModInt(int64(-i), 7)
		s += q + r
	}
	_ = s
}

func BenchmarkPowFloat(b *testing.B) {
	for _, c := range []struct {
		name string
		y    float64
	}{{"square", 2}, {"cube", 3}, {"inverse", -1}, {"int10", 10}, {"sqrt", 0.5}, {"fraction", 0.7}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				PowFloat(1.0001+float64(i%100)*0.37, c.y)
			}
		})
	}
}

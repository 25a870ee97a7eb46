package stdlib

import (
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/py"
)

// logArg is loghelper: the natural log of an int (of any size) or float.
func logArg(t *py.Thread, o py.Object, fn func(float64) float64) (float64, error) {
	if b := py.IntValue(o); b != nil {
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if b.BitLen() > 1000 {
			// x = m * 2**e with m a float in [0.5, 1).
			e := b.BitLen() - 60
			m, _ := new(big.Float).SetInt(new(big.Int).Rsh(b, uint(e))).Float64()
			return fn(m) + float64(e)*fn(2), nil
		}
		f, _ := new(big.Float).SetInt(b).Float64()
		return fn(f), nil
	}
	x, err := toFloat(t, o)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return fn(x), nil
}

func mathLog(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeErrorType, "log expected at least 1 argument, got 0")
		}
		return nil, py.Errorf(py.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
	}
	num, err := logArg(t, args[0], crLog)
	if err != nil || len(args) == 1 {
		return py.Float(num), err
	}
	den, err := logArg(t, args[1], crLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Errorf(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.Float(num / den), nil
}

// mathLogBase is log2 or log10; exact powers of the base give exact results.
func mathLogBase(name string, base float64) py.BuiltinFunc {
	fn := crLog2
	if base == 10 {
		fn = glibcLog10
	}
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(kw) > 0 || len(args) != 1 {
			_, err := oneFloat(t, name, args, kw)
			return nil, err
		}
		r, err := logArg(t, args[0], fn)
		return py.Float(r), err
	}
}

func mathPow(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	xs, err := floats(t, "pow", 2, args, kw)
	if err != nil {
		return nil, err
	}
	r, err := format.PowFloat(xs[0], xs[1])
	if fe, ok := err.(*format.Error); ok {
		if fe.Type == "OverflowError" {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return py.Float(r), err
}

func mathFmod(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	xs, err := floats(t, "fmod", 2, args, kw)
	if err != nil {
		return nil, err
	}
	x, y := xs[0], xs[1]
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return py.Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return nil, domainError()
	}
	return py.Float(r), nil
}

func mathRemainder(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	xs, err := floats(t, "remainder", 2, args, kw)
	if err != nil {
		return nil, err
	}
	r := math.Remainder(xs[0], xs[1])
	if math.IsNaN(r) && !math.IsNaN(xs[0]) && !math.IsNaN(xs[1]) {
		return nil, domainError()
	}
	return py.Float(r), nil
}

// norm is the Euclidean norm of xs, correctly rounded: the sum of squares
// is exact in a wide big.Float before the square root is rounded once.
func norm(xs []float64) float64 {
	isNaN := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		isNaN = isNaN || math.IsNaN(x)
	}
	if isNaN {
		return math.NaN()
	}
	sum := new(big.Float).SetPrec(4200)
	for _, x := range xs {
		v := new(big.Float).SetPrec(4200).SetFloat64(x)
		sum.Add(sum, v.Mul(v, v))
	}
	if sum.Sign() == 0 {
		return 0
	}
	r, _ := new(big.Float).SetPrec(4200).Sqrt(sum).Float64()
	return r
}

func mathHypot(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return py.Float(norm(xs)), nil
}

func mathDist(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("dist", args, kw, []string{"p", "q"}, 2)
	if err != nil {
		return nil, err
	}
	var pts [2][]float64
	for i, o := range a {
		err := t.Iterate(o, func(v py.Object) (bool, error) {
			x, err := toFloat(t, v)
			pts[i] = append(pts[i], x)
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
	}
	if len(pts[0]) != len(pts[1]) {
		return nil, py.Errorf(py.ValueErrorType, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(pts[0]))
	for i := range d {
		d[i] = pts[0][i] - pts[1][i]
	}
	return py.Float(norm(d)), nil
}

func mathModf(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := oneFloat(t, "modf", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return py.NewTuple([]py.Object{py.Float(math.Copysign(0, x)), py.Float(x)}), nil
	}
	i, f := math.Modf(x)
	return py.NewTuple([]py.Object{py.Float(f), py.Float(i)}), nil
}

func mathFrexp(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := oneFloat(t, "frexp", args, kw)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return py.NewTuple([]py.Object{py.Float(m), py.MakeInt(int64(e))}), nil
}

func mathLdexp(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 2 {
		_, err := floats(t, "ldexp", 2, args, kw)
		return nil, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	b := py.IntValue(args[1])
	if b == nil {
		return nil, py.Errorf(py.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	e := max(min(b.Int64(), 1<<20), -(1 << 20))
	if !b.IsInt64() {
		e = int64(b.Sign()) << 20
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func mathNextafter(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	xs, err := floats(t, "nextafter", 2, args, kw)
	if err != nil {
		return nil, err
	}
	return py.Float(math.Nextafter(xs[0], xs[1])), nil
}

func mathUlp(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := oneFloat(t, "ulp", args, kw)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return py.Float(math.Abs(x)), err
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return py.Float(x - math.Nextafter(x, 0)), nil
	}
	return py.Float(math.Nextafter(x, math.Inf(1)) - x), nil
}

func mathGamma(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := oneFloat(t, "gamma", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, -1) || (x <= 0 && x == math.Floor(x)) {
		return nil, domainError()
	}
	return checkResult(x, math.Gamma(x), true)
}

func mathLgamma(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	x, err := oneFloat(t, "lgamma", args, kw)
	if err != nil {
		return nil, err
	}
	if x <= 0 && x == math.Floor(x) && !math.IsInf(x, -1) {
		return nil, domainError()
	}
	r, _ := math.Lgamma(x)
	return checkResult(x, r, true)
}

package stdlib

import (
	"math"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/py"
)

// The math module: CPython's functions on floats and ints, with its errors
// ("math domain error", "math range error").
//
// Has: pi e tau inf nan; sqrt cbrt exp exp2 expm1 log log2 log10 log1p pow
// sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh
// degrees radians hypot dist fabs fmod modf frexp ldexp copysign remainder
// floor ceil trunc isfinite isinf isnan isclose fsum prod sumprod gcd lcm
// isqrt factorial comb perm erf erfc gamma lgamma nextafter ulp.
// Lacks: fma. exp, log, log2, sin, cos and tan are correctly rounded and
// log10 is glibc's formula (math_big.go), so they print what CPython on
// glibc prints; the others (cbrt, gamma, lgamma, erf, the hyperbolic
// functions) come from Go's math package and may differ in the last digit.
func init() {
	py.RegisterCoreModule("math", makeMath)
}

func makeMath(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("math")
	for _, c := range []struct {
		name string
		v    float64
	}{{"pi", math.Pi}, {"e", math.E}, {"tau", 2 * math.Pi}, {"inf", math.Inf(1)}, {"nan", math.NaN()}} {
		m.SetAttr(c.name, py.Float(c.v))
	}
	for _, f := range mathFloat1 {
		m.SetAttr(f.name, f.builtin())
	}
	for _, name := range sortedNames(mathFuncs) {
		b := py.NewBuiltin(name, mathFuncs[name])
		b.Module = "math"
		m.SetAttr(name, b)
	}
	return m, nil
}

// mathFuncs are the functions that are not a plain float→float map.
var mathFuncs = map[string]py.BuiltinFunc{
	"log": mathLog, "log2": mathLogBase("log2", 2), "log10": mathLogBase("log10", 10),
	"pow": mathPow, "atan2": mathFloat2("atan2", math.Atan2), "fmod": mathFmod,
	"copysign": mathFloat2("copysign", math.Copysign), "remainder": mathRemainder,
	"hypot": mathHypot, "dist": mathDist, "modf": mathModf, "frexp": mathFrexp, "ldexp": mathLdexp,
	"floor": mathRound("floor", "__floor__", format.Floor), "ceil": mathRound("ceil", "__ceil__", format.Ceil),
	"trunc": mathTrunc, "isfinite": mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
	"isinf": mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
	"isnan": mathPredicate("isnan", math.IsNaN), "isclose": mathIsclose, "fsum": mathFsum,
	"prod": mathProd, "sumprod": mathSumprod, "gcd": mathGcd, "lcm": mathLcm, "isqrt": mathIsqrt,
	"factorial": mathFactorial, "comb": mathComb, "perm": mathPerm, "gamma": mathGamma,
	"lgamma": mathLgamma, "nextafter": mathNextafter, "ulp": mathUlp,
}

// toFloat converts a math function's argument as CPython's
// PyFloat_AsDouble does: floats, ints, __float__ and __index__.
func toFloat(t *py.Thread, o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, err := format.BigToFloat(v.V)
		return f, py.FormatError(err)
	}
	for _, name := range []string{"__float__", "__index__"} {
		if o.Type().Lookup(name) != nil {
			r, err := t.CallMethod(o, name)
			if err != nil {
				return 0, err
			}
			if name == "__index__" {
				return toFloat(t, r)
			}
			if f, ok := r.(py.Float); ok {
				return float64(f), nil
			}
			return 0, py.Errorf(py.TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
		}
	}
	return 0, py.Errorf(py.TypeErrorType, "must be real number, not %s", o.Type().Name)
}

func domainError() error { return py.Errorf(py.ValueErrorType, "math domain error") }
func rangeError() error  { return py.Errorf(py.OverflowErrorType, "math range error") }

// checkResult applies CPython's math_1 rules: a nan from a non-nan input is
// a domain error, an infinity from a finite input a range error (overflow)
// or a domain error (a pole such as log(0)).
func checkResult(x, r float64, overflow bool) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if overflow {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return py.Float(r), nil
}

// float1 is a one-argument float function.
type float1 struct {
	name     string
	fn       func(float64) float64
	overflow bool // an infinite result from a finite input is an OverflowError
}

func (f float1) builtin() *py.Builtin {
	b := py.NewBuiltin(f.name, func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(t, f.name, args, kw)
		if err != nil {
			return nil, err
		}
		return checkResult(x, f.fn(x), f.overflow)
	})
	b.Module = "math"
	return b
}

var mathFloat1 = []float1{
	{"sqrt", math.Sqrt, false}, {"cbrt", math.Cbrt, false}, {"exp", crExp, true},
	{"exp2", math.Exp2, true}, {"expm1", math.Expm1, true}, {"log1p", mathLog1p, false},
	{"sin", crSin, false}, {"cos", crCos, false}, {"tan", crTan, false},
	{"asin", math.Asin, false}, {"acos", math.Acos, false}, {"atan", math.Atan, false},
	{"sinh", math.Sinh, true}, {"cosh", math.Cosh, true}, {"tanh", math.Tanh, false},
	{"asinh", math.Asinh, false}, {"acosh", math.Acosh, false}, {"atanh", mathAtanh, false},
	{"fabs", math.Abs, false}, {"erf", math.Erf, false}, {"erfc", math.Erfc, false},
	{"degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true},
	{"radians", func(x float64) float64 { return x * (math.Pi / 180) }, false},
}

func mathLog1p(x float64) float64 {
	if x <= -1 {
		return math.NaN()
	}
	return math.Log1p(x)
}

func mathAtanh(x float64) float64 {
	if math.Abs(x) >= 1 {
		return math.NaN()
	}
	return math.Atanh(x)
}

// oneFloat unpacks the single float argument of fn.
func oneFloat(t *py.Thread, fn string, args []py.Object, kw []string) (float64, error) {
	if len(kw) > 0 {
		return 0, py.Errorf(py.TypeErrorType, "math.%s() takes no keyword arguments", fn)
	}
	if len(args) != 1 {
		return 0, py.Errorf(py.TypeErrorType, "math.%s() takes exactly one argument (%d given)", fn, len(args))
	}
	return toFloat(t, args[0])
}

// floats unpacks exactly n float arguments of fn.
func floats(t *py.Thread, fn string, n int, args []py.Object, kw []string) ([]float64, error) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeErrorType, "math.%s() takes no keyword arguments", fn)
	}
	if len(args) != n {
		return nil, py.Errorf(py.TypeErrorType, "%s expected %d arguments, got %d", fn, n, len(args))
	}
	out := make([]float64, n)
	for i, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

func mathFloat2(name string, fn func(a, b float64) float64) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		xs, err := floats(t, name, 2, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Float(fn(xs[0], xs[1])), nil
	}
}

func mathPredicate(name string, fn func(float64) bool) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		x, err := oneFloat(t, name, args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewBool(fn(x)), nil
	}
}

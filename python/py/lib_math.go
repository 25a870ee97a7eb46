package py

import (
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
)

// The math module: constants, the float functions of C's libm as CPython wraps them (domain and
// range errors as ValueError "math domain error" and OverflowError "math range error"), and the
// integer functions (gcd, lcm, isqrt, factorial, comb, perm).
func init() {
	RegisterCoreModule("math", func(in *Interp) (*Module, error) {
		m := NewModule("math")
		for name, v := range map[string]float64{"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi,
			"inf": math.Inf(1), "nan": math.NaN()} {
			m.SetAttr(name, Float(v))
		}
		for _, name := range sortedKeys(mathUnary) {
			m.SetAttr(name, NewBuiltin(name, unaryMath(name, mathUnary[name])))
		}
		for _, name := range sortedKeys(mathFuncs) {
			m.SetAttr(name, NewBuiltin(name, mathFuncs[name]))
		}
		return m, nil
	})
}

// mathUnary are the functions of one float that may fail on their domain (NaN out of a non-NaN in)
// or range (an infinite result from a finite argument).
var mathUnary = map[string]func(float64) float64{
	"sqrt": math.Sqrt, "exp": math.Exp, "log2": math.Log2, "log10": math.Log10, "sin": math.Sin,
	"cos": math.Cos, "tan": math.Tan, "asin": math.Asin, "acos": math.Acos, "atan": math.Atan,
	"sinh": math.Sinh, "cosh": math.Cosh, "tanh": math.Tanh, "asinh": math.Asinh, "acosh": math.Acosh,
	"atanh": math.Atanh, "fabs": math.Abs, "expm1": math.Expm1, "log1p": math.Log1p, "exp2": math.Exp2,
	"cbrt": math.Cbrt, "erf": math.Erf, "erfc": math.Erfc, "gamma": math.Gamma,
	"degrees": func(x float64) float64 { return x * (180 / math.Pi) },
	"radians": func(x float64) float64 { return x * (math.Pi / 180) },
}

var mathFuncs = map[string]BuiltinFunc{
	"floor":     func(t *Thread, a []Object, kw []string) (Object, error) { return t.floorCeil("floor", a, kw) },
	"ceil":      func(t *Thread, a []Object, kw []string) (Object, error) { return t.floorCeil("ceil", a, kw) },
	"trunc":     mathTrunc,
	"isnan":     floatTest("isnan", math.IsNaN),
	"isinf":     floatTest("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
	"isfinite":  floatTest("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
	"log":       mathLog,
	"pow":       floatPair("pow", mathPow),
	"atan2":     floatPair("atan2", func(y, x float64) (float64, error) { return math.Atan2(y, x), nil }),
	"copysign":  floatPair("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }),
	"fmod":      floatPair("fmod", mathFmod),
	"hypot":     mathHypot,
	"isclose":   mathIsClose,
	"modf":      mathModf,
	"gcd":       func(t *Thread, a []Object, kw []string) (Object, error) { return t.gcdLcm("gcd", a, kw) },
	"lcm":       func(t *Thread, a []Object, kw []string) (Object, error) { return t.gcdLcm("lcm", a, kw) },
	"isqrt":     mathIsqrt,
	"factorial": mathFactorial,
	"comb":      func(t *Thread, a []Object, kw []string) (Object, error) { return t.combPerm("comb", a, kw) },
	"perm":      func(t *Thread, a []Object, kw []string) (Object, error) { return t.combPerm("perm", a, kw) },
	"fsum":      mathFsum,
	"prod":      mathProd,
}

// toDouble converts a real number to float64 as CPython's math functions do.
func (t *Thread) toDouble(o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int, Bool, *BigInt:
		return intToFloat(v)
	}
	if r, ok, err := t.callDunder(o, "__float__"); ok {
		if err != nil {
			return 0, err
		}
		if f, ok := r.(Float); ok {
			return float64(f), nil
		}
		return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
	}
	if r, ok, err := t.callDunder(o, "__index__"); ok {
		if err != nil {
			return 0, err
		}
		return intToFloat(r)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", o.Type().Name)
}

var (
	errMathDomain = func() error { return Errorf(ValueErrorType, "math domain error") }
	errMathRange  = func() error { return Errorf(OverflowErrorType, "math range error") }
)

// checkMath reports libm's errors as CPython does for a result r of the argument x.
func checkMath(x, r float64) error {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if x == 0 || x == 1 || x == -1 {
			return errMathDomain()
		}
		return errMathRange()
	}
	return nil
}

func unaryMath(name string, fn func(float64) float64) BuiltinFunc {
	return func(t *Thread, args []Object, kwnames []string) (Object, error) {
		o, err := oneArg(name, args, kwnames)
		if err != nil {
			return nil, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := t.toDouble(o)
		if err != nil {
			return nil, err
		}
		if name == "gamma" && x <= 0 && x == math.Trunc(x) {
			return nil, errMathDomain()
		}
		r := fn(x)
		if err := checkMath(x, r); err != nil {
			return nil, err
		}
		return Float(r), nil
	}
}

func floatTest(name string, fn func(float64) bool) BuiltinFunc {
	return func(t *Thread, args []Object, kwnames []string) (Object, error) {
		o, err := oneArg(name, args, kwnames)
		if err != nil {
			return nil, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := t.toDouble(o)
		if err != nil {
			return nil, err
		}
		return NewBool(fn(x)), nil
	}
}

func floatPair(name string, fn func(x, y float64) (float64, error)) BuiltinFunc {
	return func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := t.toDouble(args[0])
		if err != nil {
			return nil, err
		}
		y, err := t.toDouble(args[1])
		if err != nil {
			return nil, err
		}
		r, err := fn(x, y)
		if err != nil {
			return nil, err
		}
		return Float(r), nil
	}
}

func mathPow(x, y float64) (float64, error) {
	r := math.Pow(x, y)
	finite := func(v float64) bool { return !math.IsInf(v, 0) && !math.IsNaN(v) }
	switch {
	case math.IsNaN(r) && finite(x) && finite(y):
		return 0, errMathDomain()
	case math.IsInf(r, 0) && finite(x) && finite(y):
		if x == 0 {
			return 0, errMathDomain()
		}
		return 0, errMathRange()
	}
	return r, nil
}

func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errMathDomain()
	}
	return r, nil
}

func mathLog(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("log", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeErrorType, "log expected at least 1 argument, got %d", len(args))
	}
	ln := func(o Object) (float64, error) {
		if b, ok := o.(*BigInt); ok && b.V.Sign() > 0 {
			// log of an int too big for a float, as CPython: frexp to m * 2**e, then log(m) + log(2)*e.
			m := new(big.Float)
			e := new(big.Float).SetInt(b.V).MantExp(m)
			mf, _ := m.Float64()
			return math.Log(mf) + math.Log(2)*float64(e), nil
		}
		x, err := t.toDouble(o)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, errMathDomain()
		}
		return math.Log(x), nil
	}
	num, err := ln(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := ln(args[1])
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	return Float(num / den), nil
}

func mathHypot(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("hypot", kwnames); err != nil {
		return nil, err
	}
	r := 0.0
	for _, a := range args {
		x, err := t.toDouble(a)
		if err != nil {
			return nil, err
		}
		r = math.Hypot(r, x)
	}
	return Float(r), nil
}

func mathIsClose(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := UnpackArgs("isclose", args, kwnames, []string{"a", "b", "rel_tol", "abs_tol"}, 2)
	if err != nil {
		return nil, err
	}
	v := [4]float64{0, 0, 1e-9, 0}
	for i := range v {
		if a[i] != nil {
			if v[i], err = t.toDouble(a[i]); err != nil {
				return nil, err
			}
		}
	}
	x, y, rel, abs := v[0], v[1], v[2], v[3]
	if rel < 0 || abs < 0 {
		return nil, Errorf(ValueErrorType, "tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	d := math.Abs(y - x)
	return NewBool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
}

func mathModf(t *Thread, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg("modf", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := t.toDouble(o)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return NewTuple([]Object{Float(math.Copysign(0, x)), Float(x)}), nil
	}
	i, f := math.Modf(x)
	return NewTuple([]Object{Float(f), Float(i)}), nil
}

// floorCeil is math.floor and math.ceil: ints unchanged, floats to int, else __floor__/__ceil__.
func (t *Thread) floorCeil(name string, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	if isIntLike(o) {
		return NewBigInt(toBig(o)), nil
	}
	if _, isFloat := o.(Float); !isFloat {
		if r, ok, err := t.callDunder(o, "__"+name+"__"); ok {
			return r, err
		}
	}
	x, err := t.toDouble(o)
	if err != nil {
		return nil, err
	}
	conv := format.Floor
	if name == "ceil" {
		conv = format.Ceil
	}
	small, bigv, err := conv(x)
	if err != nil {
		return nil, fmtErr(err)
	}
	if bigv != nil {
		return NewBigInt(bigv), nil
	}
	return MakeInt(small), nil
}

func mathTrunc(t *Thread, args []Object, kwnames []string) (Object, error) {
	o, err := oneArg("trunc", args, kwnames)
	if err != nil {
		return nil, err
	}
	if isIntLike(o) {
		return NewBigInt(toBig(o)), nil
	}
	if f, ok := o.(Float); ok {
		return floatToIntObj(math.Trunc(float64(f)))
	}
	if r, ok, err := t.callDunder(o, "__trunc__"); ok {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", o.Type().Name)
}

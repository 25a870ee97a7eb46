package stdlib

import (
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/format"
	"github.com/futurescope/futurescope/python/py"
)

// toIndex converts an integer argument (int, bool or __index__).
func toIndex(t *py.Thread, o py.Object) (*big.Int, error) {
	if b := py.IntValue(o); b != nil {
		return b, nil
	}
	if o.Type().Lookup("__index__") != nil {
		r, err := t.CallMethod(o, "__index__")
		if err != nil {
			return nil, err
		}
		if b := py.IntValue(r); b != nil {
			return b, nil
		}
	}
	return nil, py.Errorf(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

func intResult(b *big.Int) (py.Object, error) {
	if b.BitLen() > py.MaxIntBits {
		return nil, py.Errorf(py.MemoryErrorType, "integer too large: more than %d bits", py.MaxIntBits)
	}
	return py.NewBigInt(b), nil
}

// mathRound is floor or ceil: ints unchanged, floats rounded, other
// objects through their __floor__/__ceil__.
func mathRound(name, dunder string, round func(float64) (int64, *big.Int, error)) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(kw) > 0 || len(args) != 1 {
			_, err := oneFloat(t, name, args, kw)
			return nil, err
		}
		x := args[0]
		if b := py.IntValue(x); b != nil {
			return py.NewBigInt(b), nil
		}
		if _, ok := x.(py.Float); !ok && x.Type().Lookup(dunder) != nil {
			return t.CallMethod(x, dunder)
		}
		f, err := toFloat(t, x)
		if err != nil {
			return nil, err
		}
		v, b, err := round(f)
		if err != nil {
			return nil, py.FormatError(err)
		}
		if b != nil {
			return py.NewBigInt(b), nil
		}
		return py.MakeInt(v), nil
	}
}

func mathTrunc(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		_, err := oneFloat(t, "trunc", args, kw)
		return nil, err
	}
	x := args[0]
	if b := py.IntValue(x); b != nil {
		return py.NewBigInt(b), nil
	}
	if _, ok := x.(py.Float); ok {
		return mathRound("trunc", "", format.FloatToInt)(t, args, kw)
	}
	if x.Type().Lookup("__trunc__") == nil {
		return nil, py.Errorf(py.TypeErrorType, "type %s doesn't define __trunc__ method", x.Type().Name)
	}
	return t.CallMethod(x, "__trunc__")
}

func mathIsclose(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 2)
	if err != nil {
		return nil, err
	}
	v := []float64{0, 0, 1e-9, 0}
	for i, o := range a {
		if o != nil {
			if v[i], err = toFloat(t, o); err != nil {
				return nil, err
			}
		}
	}
	x, y, rel, abs := v[0], v[1], v[2], v[3]
	if rel < 0 || abs < 0 {
		return nil, py.Errorf(py.ValueErrorType, "tolerances must be non-negative")
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.False, nil
	}
	d := math.Abs(y - x)
	return py.NewBool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
}

func mathProd(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("prod", args, kw, []string{"iterable", "start"}, 1)
	if err != nil {
		return nil, err
	}
	acc := a[1]
	if acc == nil {
		acc = py.MakeInt(1)
	}
	err = t.Iterate(a[0], func(v py.Object) (bool, error) {
		acc, err = t.BinaryOp("*", acc, v)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

func mathSumprod(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 2 {
		_, err := floats(t, "sumprod", 2, args, kw)
		return nil, err
	}
	var p, q []py.Object
	for i, dst := range []*[]py.Object{&p, &q} {
		err := t.Iterate(args[i], func(v py.Object) (bool, error) { *dst = append(*dst, v); return true, nil })
		if err != nil {
			return nil, err
		}
	}
	if len(p) != len(q) {
		return nil, py.Errorf(py.ValueErrorType, "Inputs are not the same length")
	}
	var acc py.Object = py.MakeInt(0)
	exact := new(big.Float).SetPrec(4200)
	allFloat := true
	for i := range p {
		x, xok := p[i].(py.Float)
		y, yok := q[i].(py.Float)
		if allFloat && xok && yok {
			f := new(big.Float).SetPrec(4200).SetFloat64(float64(x))
			exact.Add(exact, f.Mul(f, new(big.Float).SetFloat64(float64(y))))
			continue
		}
		allFloat = false
		m, err := t.BinaryOp("*", p[i], q[i])
		if err != nil {
			return nil, err
		}
		if acc, err = t.BinaryOp("+", acc, m); err != nil {
			return nil, err
		}
	}
	if allFloat && len(p) > 0 {
		f, _ := exact.Float64()
		return py.Float(f), nil
	}
	return acc, nil
}

func indexArgs(t *py.Thread, args []py.Object) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := toIndex(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func mathGcd(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := py.NoKwargs("gcd", kw); err != nil {
		return nil, err
	}
	ns, err := indexArgs(t, args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return py.NewBigInt(g), nil
}

func mathLcm(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if err := py.NoKwargs("lcm", kw); err != nil {
		return nil, err
	}
	ns, err := indexArgs(t, args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		n = new(big.Int).Abs(n)
		if n.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l.Div(l, g), n)
	}
	return intResult(l)
}

func mathIsqrt(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		_, err := oneFloat(t, "isqrt", args, kw)
		return nil, err
	}
	n, err := toIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.Errorf(py.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return py.NewBigInt(new(big.Int).Sqrt(n)), nil
}

// smallIndex converts an argument that must fit in an int64.
func smallIndex(t *py.Thread, o py.Object) (int64, error) {
	b, err := toIndex(t, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.Errorf(py.OverflowErrorType, "Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

func factorial(n int64) (py.Object, error) {
	if n > 1 && float64(n)*math.Log2(float64(n)) > py.MaxIntBits {
		return nil, py.Errorf(py.MemoryErrorType, "integer too large: more than %d bits", py.MaxIntBits)
	}
	return intResult(new(big.Int).MulRange(1, max(n, 1)))
}

func mathFactorial(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	if len(kw) > 0 || len(args) != 1 {
		_, err := oneFloat(t, "factorial", args, kw)
		return nil, err
	}
	n, err := smallIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueErrorType, "factorial() not defined for negative values")
	}
	return factorial(n)
}

// nk unpacks comb's and perm's n and k (k optional for perm).
func nk(t *py.Thread, fn string, args []py.Object, kw []string, min int) (n, k int64, hasK bool, err error) {
	if err = py.NoKwargs(fn, kw); err != nil {
		return
	}
	if len(args) < min || len(args) > 2 {
		if min == 2 {
			err = py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", fn, len(args))
		} else {
			err = py.Errorf(py.TypeErrorType, "%s expected at most 2 arguments, got %d", fn, len(args))
		}
		return
	}
	if n, err = smallIndex(t, args[0]); err != nil {
		return
	}
	if hasK = len(args) == 2 && args[1] != py.None; hasK {
		if k, err = smallIndex(t, args[1]); err != nil {
			return
		}
	}
	if n < 0 {
		err = py.Errorf(py.ValueErrorType, "n must be a non-negative integer")
	} else if k < 0 {
		err = py.Errorf(py.ValueErrorType, "k must be a non-negative integer")
	}
	return
}

func mathComb(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	n, k, _, err := nk(t, "comb", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if k > n {
		return py.MakeInt(0), nil
	}
	return intResult(new(big.Int).Binomial(n, min(k, n-k)))
}

func mathPerm(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	n, k, hasK, err := nk(t, "perm", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if !hasK {
		return factorial(n)
	}
	if k > n {
		return py.MakeInt(0), nil
	}
	if k == 0 {
		return py.MakeInt(1), nil
	}
	return intResult(new(big.Int).MulRange(n-k+1, n))
}

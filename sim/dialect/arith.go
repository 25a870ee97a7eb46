package script

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// sumBuiltin implements sum(iterable, /, start=0) as CPython 3.12 and later
// do: ints add exactly; once the total is a float, floats are added with
// Neumaier's compensated summation (so sum([0.1] * 10) == 1.0); anything
// else adds with +. Strings are refused, as in Python.
func sumBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Iterable
	var start starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackArgs("sum", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case starlark.String:
		return nil, typeErr("sum() can't sum strings [use ''.join(seq) instead]")
	case starlark.Bytes:
		return nil, typeErr("sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := boolToInt(start)
	phase := sumPhaseOf(acc)
	var c float64 // Neumaier compensation while acc is a float
	for x := range starlark.Elements(iterable) {
		switch {
		case phase == sumInt && isInt(x):
			acc, _ = starlark.Binary(syntax.PLUS, acc, boolToInt(x))
			continue
		case phase == sumFloat && isFloatItem(x):
			acc, c = neumaier(float64(acc.(starlark.Float)), float64(x.(starlark.Float)), c)
			continue
		case phase == sumFloat && isInt(x):
			if n, ok := asInt(x); ok {
				acc = starlark.Float(float64(acc.(starlark.Float)) + float64(n))
				continue
			}
		}
		if phase == sumFloat {
			acc, c = compensate(acc, c), 0
		}
		v, err := binary(syntax.PLUS, acc, x)
		if err != nil {
			return nil, err
		}
		acc = v
		if phase == sumInt {
			phase = sumPhaseOf(acc)
		} else {
			phase = sumAny
		}
	}
	return compensate(acc, c), nil
}

// The phases of sum, as in CPython: exact ints, then compensated floats,
// then plain +, never going back.
const (
	sumInt = iota
	sumFloat
	sumAny
)

// sumPhaseOf returns the phase that a total acc starts, or leaving the int
// phase, goes on in.
func sumPhaseOf(acc starlark.Value) int {
	switch acc.(type) {
	case starlark.Int:
		return sumInt
	case starlark.Float:
		return sumFloat
	}
	return sumAny
}

// compensate adds a finite compensation c to a float total.
func compensate(acc starlark.Value, c float64) starlark.Value {
	if f, ok := acc.(starlark.Float); ok && c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
		return starlark.Float(float64(f) + c)
	}
	return acc
}

// isFloatItem reports whether x is a float.
func isFloatItem(x starlark.Value) bool {
	_, ok := x.(starlark.Float)
	return ok
}

// neumaier adds x to sum with compensation c.
func neumaier(sum, x, c float64) (starlark.Value, float64) {
	t := sum + x
	if math.Abs(sum) >= math.Abs(x) {
		c += (sum - t) + x
	} else {
		c += (x - t) + sum
	}
	return starlark.Float(t), c
}

// divmodBuiltin implements divmod(a, b) with Python's floor semantics.
func divmodBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	if err := starlark.UnpackPositionalArgs("divmod", args, kwargs, 2, &x, &y); err != nil {
		return nil, err
	}
	switch {
	case isInt(x) && isInt(y):
		if isZero(y) {
			return nil, pyErr(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := starlark.Binary(syntax.SLASHSLASH, boolToInt(x), boolToInt(y))
		r, _ := starlark.Binary(syntax.PERCENT, boolToInt(x), boolToInt(y))
		return starlark.Tuple{q, r}, nil
	case isNumber(x) && isNumber(y):
		fx, err := toFloat(x)
		if err != nil {
			return nil, err
		}
		fy, err := toFloat(y)
		if err != nil {
			return nil, err
		}
		if fy == 0 {
			return nil, pyErr(ZeroDivisionError, "float divmod()")
		}
		q, r := floatDivmod(fx, fy)
		return starlark.Tuple{starlark.Float(q), starlark.Float(r)}, nil
	}
	return nil, typeErr("unsupported operand type(s) for divmod(): '%s' and '%s'", pyTypeName(x), pyTypeName(y))
}

// floatDivmod is CPython's float_divmod.
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div == 0 {
		return math.Copysign(0, vx/wx), mod
	}
	floor := math.Floor(div)
	if div-floor > 0.5 {
		floor++
	}
	return floor, mod
}

// maxPowBits bounds the size of an exact power, which CPython would compute
// however large; a script that wants more gets an OverflowError.
const maxPowBits = 1 << 20

// powBuiltin implements pow(base, exp, mod=None).
func powBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y starlark.Value
	var m starlark.Value = starlark.None
	if err := starlark.UnpackArgs("pow", args, kwargs, "base", &x, "exp", &y, "mod?", &m); err != nil {
		return nil, err
	}
	switch {
	case m != starlark.None:
		if !isInt(x) || !isInt(y) || !isInt(m) {
			return nil, typeErr("pow() 3rd argument not allowed unless all arguments are integers")
		}
		return powMod(bigOf(x), bigOf(y), bigOf(m))
	case isInt(x) && isInt(y) && !isNegative(y):
		return powInt(bigOf(x), bigOf(y))
	case isNumber(x) && isNumber(y):
		fx, err := toFloat(x)
		if err != nil {
			return nil, err
		}
		fy, err := toFloat(y)
		if err != nil {
			return nil, err
		}
		return powFloat(fx, fy)
	}
	return nil, typeErr("unsupported operand type(s) for ** or pow(): '%s' and '%s'", pyTypeName(x), pyTypeName(y))
}

// bigOf returns an int or bool as a *big.Int.
func bigOf(v starlark.Value) *big.Int { return boolToInt(v).(starlark.Int).BigInt() }

// isNegative reports whether an int or bool is negative.
func isNegative(v starlark.Value) bool { return bigOf(v).Sign() < 0 }

// powInt returns x**y for y ≥ 0.
func powInt(x, y *big.Int) (starlark.Value, error) {
	if x.CmpAbs(big.NewInt(1)) > 0 && (!y.IsInt64() || y.Int64()*int64(x.BitLen()) > maxPowBits) {
		return nil, pyErr(OverflowError, "pow() result too large (over %d bits)", maxPowBits)
	}
	return starlark.MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// powMod returns x**y % m; a negative y uses the inverse of x modulo m.
// The result has the sign of m, as in Python.
func powMod(x, y, m *big.Int) (starlark.Value, error) {
	if m.Sign() == 0 {
		return nil, valueErr("pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	base := new(big.Int).Mod(x, am)
	if y.Sign() < 0 {
		if base.ModInverse(base, am) == nil {
			return nil, valueErr("base is not invertible for the given modulus")
		}
		y = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, y, am)
	if am.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return starlark.MakeBigInt(r), nil
}

// powFloat returns x**y for floats, with CPython's errors.
func powFloat(x, y float64) (starlark.Value, error) {
	switch {
	case x == 0 && y < 0:
		return nil, pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	case x < 0 && y != math.Floor(y) && !math.IsInf(y, 0):
		return nil, valueErr("pow() of a negative number to a fractional power is complex, which is not supported")
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, pyErr(OverflowError, "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}

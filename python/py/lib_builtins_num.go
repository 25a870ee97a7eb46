package py

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/format"
)

// The numeric built-in functions: abs, round, divmod, pow, hex, oct, bin, chr, ord.
func init() {
	RegisterBuiltins(map[string]BuiltinFunc{
		"abs":    builtinAbs,
		"round":  builtinRound,
		"divmod": builtinDivmod,
		"pow":    builtinPow,
		"hex":    radixBuiltin("hex", format.Hex),
		"oct":    radixBuiltin("oct", format.Oct),
		"bin":    radixBuiltin("bin", format.Bin),
		"chr":    builtinChr,
		"ord":    builtinOrd,
	})
}

// oneArg checks that a built-in got exactly one positional argument and no keywords.
func oneArg(fn string, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs(fn, kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fn, len(args))
	}
	return args[0], nil
}

// callDunder calls a dunder that o's class defines along its MRO, reporting whether there was one.
func (t *Thread) callDunder(o Object, name string, args ...Object) (Object, bool, error) {
	m := o.Type().Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	r, err := t.callDescr(m, o, args)
	return r, true, err
}

func builtinAbs(t *Thread, args []Object, kwnames []string) (Object, error) {
	x, err := oneArg("abs", args, kwnames)
	if err != nil {
		return nil, err
	}
	if m := subDunder(x, "__abs__"); m == nil {
		x = unwrapFloat(x)
	}
	switch v := x.(type) {
	case Int:
		if v < 0 {
			return intSub(0, int64(v)), nil
		}
		return v, nil
	case Bool:
		return NewBigInt(toBig(v)), nil
	case *BigInt:
		return NewBigInt(new(big.Int).Abs(v.V)), nil
	case Float:
		return Float(math.Abs(float64(v))), nil
	case *Complex:
		return Float(math.Hypot(real(v.V), imag(v.V))), nil
	}
	if r, ok, err := t.callDunder(x, "__abs__"); ok {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", x.Type().Name)
}

func builtinRound(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("round", args, kwnames, []string{"number", "ndigits"}, 1)
	if err != nil {
		return nil, err
	}
	x, nd := a[0], a[1]
	if nd == None {
		nd = nil
	}
	if m := subDunder(x, "__round__"); m == nil {
		x = unwrapFloat(x)
	}
	switch v := x.(type) {
	case Int, Bool, *BigInt:
		if nd == nil {
			return NewBigInt(toBig(v)), nil
		}
		n, err := t.ToInt64(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return NewBigInt(toBig(v)), nil
		}
		return NewBigInt(format.RoundInt(toBig(v), n)), nil
	case Float:
		if nd == nil {
			return floatToIntObj(format.RoundHalfEven(float64(v)))
		}
		n, err := t.ToInt64(nd)
		if err != nil {
			return nil, err
		}
		n = max(min(n, 1<<20), -(1 << 20))
		r, err := format.Round(float64(v), int(n))
		if err != nil {
			return nil, fmtErr(err)
		}
		return Float(r), nil
	}
	rest := []Object{}
	if nd != nil {
		rest = append(rest, nd)
	}
	if r, ok, err := t.callDunder(x, "__round__", rest...); ok {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
}

// floatToIntObj converts an integral float to an int object (OverflowError for inf, ValueError for nan).
func floatToIntObj(f float64) (Object, error) {
	small, bigv, err := format.FloatToInt(f)
	if err != nil {
		return nil, fmtErr(err)
	}
	if bigv != nil {
		return NewBigInt(bigv), nil
	}
	return MakeInt(small), nil
}

func builtinDivmod(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := NoKwargs("divmod", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if subDunder(a, "__divmod__") == nil && subDunder(b, "__rdivmod__") == nil {
		a, b = unwrapFloat(a), unwrapFloat(b)
	}
	if isIntLike(a) && isIntLike(b) {
		x, xok := asInt64(a)
		y, yok := asInt64(b)
		if xok && yok {
			if q, r, ok := format.DivModInt(x, y); ok {
				return NewTuple([]Object{MakeInt(q), MakeInt(r)}), nil
			}
		}
		q, r, err := format.DivModBig(toBig(a), toBig(b))
		if err != nil {
			return nil, fmtErr(err)
		}
		return NewTuple([]Object{NewBigInt(q), NewBigInt(r)}), nil
	}
	if isNumber(a) && isNumber(b) {
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		q, r, err := format.DivModFloat(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return NewTuple([]Object{Float(q), Float(r)}), nil
	}
	if r, ok, err := t.callDunder(a, "__divmod__", b); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	if r, ok, err := t.callDunder(b, "__rdivmod__", a); ok && (err != nil || r != NotImplemented) {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'",
		a.Type().Name, b.Type().Name)
}

func builtinPow(t *Thread, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("pow", args, kwnames, []string{"base", "exp", "mod"}, 2)
	if err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == None {
		return t.binaryOp(opPow, a[0], a[1], false)
	}
	if !isIntLike(a[0]) || !isIntLike(a[1]) || !isIntLike(a[2]) {
		if r, ok, err := t.callDunder(a[0], "__pow__", a[1], a[2]); ok && (err != nil || r != NotImplemented) {
			return r, err
		}
		return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	r, err := format.PowMod(toBig(a[0]), toBig(a[1]), toBig(a[2]))
	if err != nil {
		return nil, fmtErr(err)
	}
	return NewBigInt(r), nil
}

// radixBuiltin makes hex, oct or bin: an integer (or an object with __index__) in that base.
func radixBuiltin(name string, conv func(int64, *big.Int) string) BuiltinFunc {
	return func(t *Thread, args []Object, kwnames []string) (Object, error) {
		x, err := oneArg(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		v, err := t.index(x)
		if err != nil {
			return nil, err
		}
		if small, ok := asInt64(v); ok {
			return NewStr(conv(small, nil)), nil
		}
		return NewStr(conv(0, toBig(v))), nil
	}
}

// index returns an int object for x: itself if it is an int, else x.__index__().
func (t *Thread) index(x Object) (Object, error) {
	if isIntLike(x) {
		return x, nil
	}
	if r, ok, err := t.callDunder(x, "__index__"); ok {
		if err != nil {
			return nil, err
		}
		if !isIntLike(r) {
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return r, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
}

func builtinChr(t *Thread, args []Object, kwnames []string) (Object, error) {
	x, err := oneArg("chr", args, kwnames)
	if err != nil {
		return nil, err
	}
	v, err := t.index(x)
	if err != nil {
		return nil, err
	}
	i, ok := asInt64(v)
	if !ok || i > math.MaxInt32 || i < math.MinInt32 {
		return nil, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10FFFF {
		return nil, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return NewStr(string(rune(i))), nil
}

func builtinOrd(t *Thread, args []Object, kwnames []string) (Object, error) {
	x, err := oneArg("ord", args, kwnames)
	if err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case *Str:
		if n := v.Len(); n != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := utf8.DecodeRuneInString(v.S)
		return MakeInt(int64(r)), nil
	case *Bytes:
		if len(v.S) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(v.S))
		}
		return MakeInt(int64(v.S[0])), nil
	}
	return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", x.Type().Name)
}

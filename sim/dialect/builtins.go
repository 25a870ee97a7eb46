package script

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"
)

// Builtins returns the builtins the dialect adds to Starlark's or replaces:
//
//   - print, repr, str: output as CPython prints it (Str, Repr)
//   - round, sum, abs, divmod, pow: Python's semantics and errors
//   - isinstance, type, and int, float, str, bool, list, tuple, dict, set,
//     bytes as Type values
//   - sorted, reversed, enumerate, zip, min, max, any, all, which also
//     iterate over a str (iter.go)
//   - the internal builtins that shimmed code calls (__mod__, __with__, …)
//
// Every value is stateless and safe to share between threads. Most callers
// want Predeclared, which adds __name__ and the modules.
func Builtins() starlark.StringDict {
	d := starlark.StringDict{
		"print":      starlark.NewBuiltin("print", pyPrint),
		"repr":       starlark.NewBuiltin("repr", reprBuiltin),
		"type":       starlark.NewBuiltin("type", typeBuiltin),
		"isinstance": starlark.NewBuiltin("isinstance", isinstanceBuiltin),
		"round":      starlark.NewBuiltin("round", roundBuiltin),
		"sum":        starlark.NewBuiltin("sum", sumBuiltin),
		"abs":        starlark.NewBuiltin("abs", absBuiltin),
		"divmod":     starlark.NewBuiltin("divmod", divmodBuiltin),
		"pow":        starlark.NewBuiltin("pow", powBuiltin),
		modName:      starlark.NewBuiltin(modName, modBuiltin),
		withName:     starlark.NewBuiltin(withName, withBuiltin),
		withEndName:  starlark.NewBuiltin(withEndName, withEndBuiltin),
		assertName:   starlark.NewBuiltin(assertName, assertBuiltin),
		raiseName:    starlark.NewBuiltin(raiseName, raiseBuiltin),
		setName:      starlark.Universe["set"],
		powName:      starlark.NewBuiltin("pow", powBuiltin),
		divName:      starlark.NewBuiltin(divName, divBuiltin),
		isName:       starlark.NewBuiltin(isName, isBuiltin),
		floordivName: starlark.NewBuiltin(floordivName, divBuiltin),
		nameOfName:   starlark.NewBuiltin(nameOfName, nameOfBuiltin),
		iterName:     starlark.NewBuiltin(iterName, iterBuiltin),
	}
	for _, name := range []string{"int", "float", "str", "bool", "list", "tuple", "dict", "set", "bytes"} {
		d[name] = typeNamed(name)
	}
	for name := range iterArgs {
		d[name] = iterWrapper(name)
	}
	return d
}

// Predeclared returns what a script sees besides Starlark's universe:
// Builtins, __name__ set to name ("__main__" for the main script), and
// __import__ for the modules in mods. Pass the same dictionary to Compile,
// which checks imports against it, and to Program.Init.
func Predeclared(name string, mods Modules) starlark.StringDict {
	d := Builtins()
	d["__name__"] = starlark.String(name)
	d[importFunc] = newImporter(mods)
	return d
}

// internalNames lists the predeclared names shimmed code relies on.
var internalNames = []string{isName, modName, divName, floordivName, withName, withEndName, assertName, raiseName, setName, powName, iterName, nameOfName, importFunc}

// roundBuiltin implements round(number, ndigits=None): round half to even;
// an int without ndigits, else the type of number. A float is rounded as
// its exact binary value, so round(2.675, 2) == 2.67, as in CPython.
func roundBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var nd starlark.Value = starlark.None
	if err := starlark.UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	var n int64
	if nd != starlark.None {
		var ok bool
		if n, ok = asInt(nd); !ok {
			return nil, typeErr("'%s' object cannot be interpreted as an integer", pyTypeName(nd))
		}
	}
	switch x := boolToInt(x).(type) {
	case starlark.Int:
		if nd == starlark.None || n >= 0 {
			return x, nil
		}
		return starlark.MakeBigInt(roundInt(x.BigInt(), -n)), nil
	case starlark.Float:
		if nd == starlark.None {
			if err := checkFinite(float64(x)); err != nil {
				return nil, err
			}
			return starlark.NumberToInt(starlark.Float(math.RoundToEven(float64(x))))
		}
		return roundFloat(float64(x), n)
	}
	return nil, typeErr("type %s doesn't define __round__ method", pyTypeName(x))
}

// roundInt rounds x to a multiple of 10**k, half to even.
func roundInt(x *big.Int, k int64) *big.Int {
	if k > int64(len(x.String())) {
		return new(big.Int)
	}
	q := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	return new(big.Int).Mul(roundHalfEven(new(big.Rat).SetFrac(x, q)), q)
}

// roundFloat returns round(f, n) for a float: the exact value of f rounded
// half to even at n decimal places, then the nearest float, as CPython's
// correctly rounded dtoa does.
func roundFloat(f float64, n int64) (starlark.Value, error) {
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || n > 323:
		return starlark.Float(f), nil
	case n < -308:
		return starlark.Float(math.Copysign(0, f)), nil
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(n)), nil))
	r := new(big.Rat).SetFloat64(f)
	if n >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	r.SetInt(roundHalfEven(r))
	if n >= 0 {
		r.Quo(r, scale)
	} else {
		r.Mul(r, scale)
	}
	out, _ := r.Float64()
	if math.IsInf(out, 0) {
		return nil, pyErr(OverflowError, "rounded value too large to represent")
	}
	if out == 0 {
		out = math.Copysign(0, f)
	}
	return starlark.Float(out), nil
}

// roundHalfEven rounds r to an integer, half to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int)) // q = floor, 0 ≤ m < denom
	switch m.Lsh(m, 1).Cmp(r.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// abs64 returns |n|.
func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// absBuiltin implements abs(x) for ints, floats and bools.
func absBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("abs", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch x := boolToInt(x).(type) {
	case starlark.Int:
		if x.Sign() < 0 {
			return starlark.MakeInt(0).Sub(x), nil
		}
		return x, nil
	case starlark.Float:
		return starlark.Float(math.Abs(float64(x))), nil
	}
	return nil, typeErr("bad operand type for abs(): '%s'", pyTypeName(x))
}

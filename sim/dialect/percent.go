package script

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// Starlark's own '%' on strings knows no width or precision ('%.3f' % x
// fails), so the rewriter (rewrite.go) turns every "x % y" whose left
// operand is not a number literal into __mod__(x, y), and "x %= y" into
// "x = __mod__(x, y)". The left operand is often a variable, so __mod__
// decides at run time: a string formats with PercentFormat, anything else
// gets Starlark's '%'.

// modBuiltin implements __mod__(x, y).
func modBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, typeErr("__mod__ takes 2 arguments")
	}
	if s, ok := args[0].(starlark.String); ok {
		out, err := PercentFormat(string(s), args[1])
		if err != nil {
			return nil, err
		}
		return starlark.String(out), nil
	}
	return binary(syntax.PERCENT, args[0], args[1])
}

// binary applies a Starlark binary operator with Python's errors for
// division by zero (their wording tells ints from floats, which the
// interpreter's does not) and unsupported operand types.
func binary(op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	if isZero(y) && isNumber(x) {
		ints := isInt(x) && isInt(y)
		switch {
		case op == syntax.PERCENT && ints:
			return nil, pyErr(ZeroDivisionError, "integer modulo by zero")
		case op == syntax.PERCENT:
			return nil, pyErr(ZeroDivisionError, "float modulo by zero")
		case op == syntax.SLASH && ints:
			return nil, pyErr(ZeroDivisionError, "division by zero")
		case op == syntax.SLASH:
			return nil, pyErr(ZeroDivisionError, "float division by zero")
		case op == syntax.SLASHSLASH && ints:
			return nil, pyErr(ZeroDivisionError, "integer division or modulo by zero")
		case op == syntax.SLASHSLASH:
			return nil, pyErr(ZeroDivisionError, "float floor division by zero")
		}
	}
	v, err := starlark.Binary(op, boolToInt(x), boolToInt(y))
	if err != nil {
		return nil, translate(err.Error())
	}
	return v, nil
}

// divBuiltin implements __truediv__(x, y) and __floordiv__(x, y), which the
// rewriter puts in place of x / y and x // y when y is not a nonzero number
// literal, so that division by zero says what CPython says.
func divBuiltin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, typeErr("%s takes 2 arguments", b.Name())
	}
	op := syntax.SLASH
	if b.Name() == floordivName {
		op = syntax.SLASHSLASH
	}
	return binary(op, args[0], args[1])
}

// isNumber reports whether v is an int, float or bool.
func isNumber(v starlark.Value) bool {
	switch v.(type) {
	case starlark.Int, starlark.Float, starlark.Bool:
		return true
	}
	return false
}

// isInt reports whether v is an int or bool.
func isInt(v starlark.Value) bool {
	switch v.(type) {
	case starlark.Int, starlark.Bool:
		return true
	}
	return false
}

// isZero reports whether v is a number equal to zero.
func isZero(v starlark.Value) bool {
	switch v := v.(type) {
	case starlark.Int:
		return v.Sign() == 0
	case starlark.Float:
		return v == 0
	case starlark.Bool:
		return !bool(v)
	}
	return false
}

// boolToInt returns a bool as the int Python arithmetic treats it as.
func boolToInt(v starlark.Value) starlark.Value {
	if b, ok := v.(starlark.Bool); ok {
		if b {
			return starlark.MakeInt(1)
		}
		return starlark.MakeInt(0)
	}
	return v
}

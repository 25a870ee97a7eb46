package script

import (
	"regexp"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/futurescope/futurescope/sim"
)

// The interpreter reports its own errors (1 / 0, [][0], f(1, 2) …) as Go errors with Starlark's
// wording. This file maps each to the Python exception the same operation raises in CPython, with
// CPython's message, checked against CPython 3.11–3.13; where those differ, the message is 3.12's and
// 3.13's (python3 -c '1.0 % 0' says "float modulo by zero" from 3.12, "float modulo" before).

// A translation maps the interpreter messages that re matches to an exception; to builds it from the
// submatches (m[0] is the whole message).
type translation struct {
	re *regexp.Regexp
	to func(m []string) (*sim.Class, string)
}

// fixed returns a translation to class with a message that is msg with $1, $2 … expanded; a group
// named in types is a Starlark type name, spelled as Python spells it.
func fixed(re string, class *sim.Class, msg string, types ...int) translation {
	return translation{regexp.MustCompile(re), func(m []string) (*sim.Class, string) {
		if msg == "" {
			return class, m[0]
		}
		args := append([]string(nil), m...)
		for _, i := range types {
			args[i] = pyType(args[i])
		}
		out := msg
		for i := len(args) - 1; i >= 1; i-- { // $10 before $1
			out = strings.ReplaceAll(out, "$"+string(rune('0'+i)), args[i])
		}
		return class, out
	}}
}

// pyType spells a Starlark type name as Python does: string is str.
func pyType(name string) string {
	if name == "string" {
		return "str"
	}
	return name
}

// translations are tried in order; the first match wins.
var translations = []translation{
	// Arithmetic. / and // go through __truediv__ and __floordiv__ (rewrite.go) unless their right
	// operand is a nonzero number, so these are fallbacks.
	fixed(`^floored division by zero$`, ZeroDivisionError, "integer division or modulo by zero"),
	fixed(`^floating-point division by zero$`, ZeroDivisionError, "division by zero"),
	fixed(`^integer modulo by zero$`, ZeroDivisionError, "integer modulo by zero"),
	fixed(`^floating-point modulo by zero$`, ZeroDivisionError, "float modulo by zero"),
	fixed(`^division by zero$`, ZeroDivisionError, "division by zero"),
	fixed(`^negative shift count: .*$`, sim.ValueError, "negative shift count"),
	fixed(`^int too large to convert to float$`, OverflowError, ""),
	{regexp.MustCompile(`^unknown binary op: (\w+) (\S+|not in) (\w+)$`), binaryOpError},
	fixed(`^unknown unary op: (\S+) (\w+)$`, sim.TypeError, "bad operand type for unary $1: '$2'", 2),
	fixed(`^(\w+) (<|<=|>|>=) (\w+) not implemented$`, sim.TypeError, "'$2' not supported between instances of '$1' and '$3'", 1, 3),
	fixed(`^'in <string>' requires string as left operand, not (\w+)$`, sim.TypeError, "'in <string>' requires string as left operand, not $1", 1),

	// Indexing.
	{regexp.MustCompile(`^key (.*) not in dict$`), keyError},
	fixed(`^(list|tuple|string|range) index -?\d+ out of range.*$`, IndexError, "$1 index out of range"),
	fixed(`^index -?\d+ out of range: empty (list|tuple|string|range)$`, IndexError, "$1 index out of range"),
	fixed(`^(list|tuple) index: got (\w+), want int$`, sim.TypeError, "$1 indices must be integers or slices, not $2", 2),
	fixed(`^string index: got (\w+), want int$`, sim.TypeError, "string indices must be integers, not '$1'", 1),
	fixed(`^unhandled index operation (\w+)\[\w+\]$`, sim.TypeError, "'$1' object is not subscriptable", 1),
	fixed(`^(\w+) value does not support item assignment$`, sim.TypeError, "'$1' object does not support item assignment", 1),
	fixed(`^zero is not a valid slice step$`, sim.ValueError, "slice step cannot be zero"),

	// Attributes.
	fixed(`^type object '(\w+)' has no attribute '(\w+)'`, AttributeError, "type object '$1' has no attribute '$2'"),
	fixed(`^(?:getattr: )?(\w+) has no \.(\w+) field or method`, AttributeError, "'$1' object has no attribute '$2'", 1),
	fixed(`^module '([\w.]+)' has no attribute '(\w+)'`, AttributeError, "module '$1' has no attribute '$2'"),
	fixed(`^'(\w+)' object has no attribute '(\w+)'`, AttributeError, "'$1' object has no attribute '$2'"),
	fixed(`^can't assign to \.(\w+) field of (\w+)$`, AttributeError, "'$2' object has no attribute '$1'", 2),

	// Names.
	fixed(`^internal error: predeclared variable (\w+) is uninitialized$`, NameError, "name '$1' is not defined"),
	fixed(`^global variable (\w+) referenced before assignment$`, NameError, "name '$1' is not defined"),
	fixed(`^local variable (\w+) referenced before assignment$`, UnboundLocalError,
		"cannot access local variable '$1' where it is not associated with a value"),

	// Calls.
	fixed(`^invalid call of non-function \((\w+)\)$`, sim.TypeError, "'$1' object is not callable", 1),
	{regexp.MustCompile(`^function (\w+) accepts (no arguments|(?:at most )?\d+ positional arguments?) \((\d+) given\)$`), tooManyArgs},
	{regexp.MustCompile(`^function (\w+) missing (\d+) arguments? \((.*)\)$`), missingArgs},
	fixed(`^function (\w+) got an unexpected keyword argument "?(\w+)"?$`, sim.TypeError, "$1() got an unexpected keyword argument '$2'"),
	fixed(`^function (\w+) got multiple values for parameter "?(\w+)"?$`, sim.TypeError, "$1() got multiple values for argument '$2'"),
	fixed(`^Starlark stack overflow$`, RecursionError, "maximum recursion depth exceeded"),
	fixed(`^function (\w+) called recursively$`, RecursionError, "maximum recursion depth exceeded"),

	// Builtins and methods.
	fixed(`^len: value of type (\w+) has no len$`, sim.TypeError, "object of type '$1' has no len()", 1),
	fixed(`^len: got (\d+) arguments, want 1$`, sim.TypeError, "len() takes exactly one argument ($1 given)"),
	fixed(`^reversed: for parameter \w+: got (\w+), want iterable$`, sim.TypeError, "'$1' object is not reversible", 1),
	fixed(`^\w+: (?:for parameter \w+: )?got (\w+), want iterable$`, sim.TypeError, "'$1' object is not iterable", 1),
	fixed(`^(?:\w+: )?argument #\d+ is not iterable: (\w+)$`, sim.TypeError, "'$1' object is not iterable", 1),
	fixed(`^\w+: (\w+) value is not iterable$`, sim.TypeError, "'$1' object is not iterable", 1),
	fixed(`^range: for parameter \w+: got (\w+), want int$`, sim.TypeError, "'$1' object cannot be interpreted as an integer", 1),
	fixed(`^range: step argument must not be zero$`, sim.ValueError, "range() arg 3 must not be zero"),
	fixed(`^(min|max) requires at least one positional argument$`, sim.TypeError, "$1 expected at least 1 argument, got 0"),
	fixed(`^(min|max): argument is an empty sequence$`, sim.ValueError, "$1() iterable argument is empty"),
	fixed(`^unhashable type: (\w+)$`, sim.TypeError, "unhashable type: '$1'", 1),
	fixed(`^unhashable: (\w+)$`, sim.TypeError, "unhashable type: '$1'", 1),
	fixed(`^hash: got (list|dict|set), want string or bytes$`, sim.TypeError, "unhashable type: '$1'"),
	fixed(`^pop: index -?\d+ out of range: empty list$`, IndexError, "pop from empty list"),
	fixed(`^pop: index -?\d+ out of range.*$`, IndexError, "pop index out of range"),
	fixed(`^pop: empty set$`, KeyError, "'pop from an empty set'"),
	fixed(`^remove: element not found$`, sim.ValueError, "list.remove(x): x not in list"),
	fixed(`^(?:index|rindex): substring not found$`, sim.ValueError, "substring not found"),
	fixed(`^split: empty separator$`, sim.ValueError, "empty separator"),
	fixed(`^chr: Unicode code point .* out of range.*$`, sim.ValueError, "chr() arg not in range(0x110000)"),
	fixed(`^ord: string encodes (\d+) Unicode code points, want 1$`, sim.TypeError, "ord() expected a character, but string of length $1 found"),
	fixed(`^(?:\w+: )?('\w+' object is not iterable)$`, sim.TypeError, "$1"),
	fixed(`^(\w+): got (\d+) arguments, want at (most|least) 1$`, sim.TypeError, "$1 expected at $3 1 argument, got $2"),
	fixed(`^(\w+): got (\d+) arguments, want at (most|least) (\d+)$`, sim.TypeError, "$1 expected at $3 $4 arguments, got $2"),
	fixed(`^(\w+): (missing|got unexpected|got \d+ arguments|accepts no).*$`, sim.TypeError, ""),
	fixed(`^(\w+): got (\w+), want .*$`, sim.TypeError, ""),
	fixed(`^(\w+): .*$`, sim.ValueError, ""),
}

// binaryOpError is CPython's TypeError for an operator its operands do not support.
func binaryOpError(m []string) (*sim.Class, string) {
	x, op, y := pyType(m[1]), m[2], pyType(m[3])
	seq := func(t string) bool { return t == "str" || t == "list" || t == "tuple" || t == "bytes" }
	switch {
	case op == "+" && (x == "str" || x == "list" || x == "tuple"):
		return sim.TypeError, "can only concatenate " + x + " (not \"" + y + "\") to " + x
	case op == "*" && seq(x):
		return sim.TypeError, "can't multiply sequence by non-int of type '" + y + "'"
	case op == "*" && seq(y):
		return sim.TypeError, "can't multiply sequence by non-int of type '" + x + "'"
	case op == "in" || op == "not in":
		return sim.TypeError, "argument of type '" + y + "' is not iterable"
	}
	return sim.TypeError, "unsupported operand type(s) for " + op + ": '" + x + "' and '" + y + "'"
}

// keyError is the KeyError of d[k] for a missing key: its message is repr(k), which Starlark printed
// in its own syntax.
func keyError(m []string) (*sim.Class, string) {
	if v, ok := literalValue(m[1]); ok {
		return KeyError, Repr(v)
	}
	return KeyError, m[1]
}

// literalValue reads back a literal in Starlark syntax (a str, number, None, bool, or a tuple of
// them), as the interpreter prints keys in its messages.
func literalValue(text string) (starlark.Value, bool) {
	expr, err := syntax.ParseExpr("", text, 0)
	if err != nil || !isLiteral(expr) {
		return nil, false
	}
	v, err := starlark.EvalExpr(&starlark.Thread{}, expr, nil)
	return v, err == nil
}

// isLiteral reports whether e is built of literals, None, True, False, unary minus and tuples only,
// so evaluating it has no effect and needs no names.
func isLiteral(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Literal:
		return true
	case *syntax.Ident:
		return e.Name == "None" || e.Name == "True" || e.Name == "False"
	case *syntax.UnaryExpr:
		return e.Op == syntax.MINUS && isLiteral(e.X)
	case *syntax.ParenExpr:
		return isLiteral(e.X)
	case *syntax.TupleExpr:
		for _, x := range e.List {
			if !isLiteral(x) {
				return false
			}
		}
		return true
	}
	return false
}

// tooManyArgs is CPython's TypeError for a call of a script function with too many positional
// arguments: "f() takes 1 positional argument but 2 were given".
func tooManyArgs(m []string) (*sim.Class, string) {
	takes := strings.TrimPrefix(m[2], "at most ")
	if m[2] == "no arguments" {
		takes = "0 positional arguments"
	} else if takes != m[2] {
		takes = "at most " + takes // CPython says "from N to M"; the interpreter does not tell N
	}
	were := "were"
	if m[3] == "1" {
		were = "was"
	}
	return sim.TypeError, m[1] + "() takes " + takes + " but " + m[3] + " " + were + " given"
}

// missingArgs is CPython's TypeError for missing arguments:
// "f() missing 2 required positional arguments: 'x' and 'y'".
func missingArgs(m []string) (*sim.Class, string) {
	names := strings.Split(m[3], ", ")
	for i, n := range names {
		names[i] = "'" + n + "'"
	}
	list := names[len(names)-1]
	if len(names) > 1 {
		list = strings.Join(names[:len(names)-1], ", ") + " and " + list
		if len(names) > 2 {
			list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
		}
	}
	s := "s"
	if m[2] == "1" {
		s = ""
	}
	return sim.TypeError, m[1] + "() missing " + m[2] + " required positional argument" + s + ": " + list
}

// translate maps an interpreter message to CPython's exception, or to Exception with the message as
// it is when no translation knows it.
func translate(msg string) *sim.Exception {
	msg, _ = cutHint(msg)
	for _, t := range translations {
		if m := t.re.FindStringSubmatch(msg); m != nil {
			class, text := t.to(m)
			return sim.NewException(class, text)
		}
	}
	return sim.NewException(sim.ExceptionClass, msg)
}

// hintRE matches the spelling hint the interpreter adds to a message: " (did you mean .submit?)".
var hintRE = regexp.MustCompile(` \(did you mean \.?(\w+)\?\)$`)

// cutHint removes the interpreter's spelling hint from msg and returns the name it suggests.
func cutHint(msg string) (string, string) {
	m := hintRE.FindStringSubmatchIndex(msg)
	if m == nil {
		return msg, ""
	}
	return msg[:m[0]], msg[m[2]:m[3]]
}

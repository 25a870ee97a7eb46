// Package format is Python's formatting and number conversion in one place, as pure Go functions.
//
// It promises CPython 3.13's results and error messages for:
//   - the format-spec mini-language shared by format(), str.format and f-strings: ParseSpec,
//     Format, FormatInt, FormatFloat, FormatString;
//   - printf-style % formatting: Percent, asking a Converter about the interpreter's objects;
//   - str.format: Render, asking a Resolver for arguments, attributes and items; ParseFormat for
//     string.Formatter().parse;
//   - repr and str of numbers: FloatRepr, ComplexRepr, FloatHex, IntToString (with the 4300-digit
//     limit), Bin, Oct, Hex;
//   - parsing: ParseInt (int(s, base)), ParseFloat (float(s)), FloatFromHex;
//   - arithmetic whose Go semantics differ from Python's: FloorDivInt, ModInt, DivModInt,
//     DivModBig, FloorDivFloat, ModFloat, DivModFloat, TrueDivInt, TrueDivBig, PowFloat, PowInt,
//     PowMod, Round, RoundHalfEven, RoundInt, BigToFloat, FloatToInt, Floor, Ceil.
//
// Values come in as Go values (int, int64, *big.Int, float64, string, bool); what only an
// interpreter knows (str() of an arbitrary object, __index__, a mapping lookup) is asked through
// small interfaces. Errors are *Error values naming the Python exception class. Nothing here keeps
// state between calls; limits are parameters (sys.get_int_max_str_digits()) or constants
// (MaxWidth). Results are the same on every platform, WebAssembly included: float digits come from
// strconv's exact algorithms and float powers from this package's own double-double and big.Float
// arithmetic, not the platform's libm.
package format

// Error is a Python exception raised by a formatting or conversion function: Type is the exception
// class ("ValueError", "TypeError", "OverflowError", "KeyError", "ZeroDivisionError", "IndexError")
// and Msg its message exactly as CPython 3.13 words it.
type Error struct {
	Type string
	Msg  string
}

// Error returns "Type: Msg", as a traceback's last line reads.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func valueError(msg string) error    { return &Error{"ValueError", msg} }
func typeError(msg string) error     { return &Error{"TypeError", msg} }
func overflowError(msg string) error { return &Error{"OverflowError", msg} }
func zeroDivision(msg string) error  { return &Error{"ZeroDivisionError", msg} }

// MaxWidth bounds a field width or precision in a format spec or a % conversion. CPython accepts any
// size that fits in a machine word and then tries to allocate the string; this package refuses widths
// above MaxWidth with a ValueError instead of building a string of that size.
const MaxWidth = 10_000_000

func widthTooBig(what string) error {
	return valueError(what + " too big")
}

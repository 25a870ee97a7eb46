package script

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/futurescope/futurescope/internal/cpythontest"
	"github.com/futurescope/futurescope/sim"
)

// An exprCase is a Python expression and the repr of its value, or
// "!! Type: message" for the exception CPython raises.
type exprCase struct {
	expr, want string
	// notIn311 marks a case whose result changed after CPython 3.11 (the
	// dialect follows 3.12+): the comparison with CPython skips it when
	// python3 is 3.11 or older.
	notIn311 bool
}

// formatCases are %-formatting cases.
var formatCases = []exprCase{
	{`"%.3f" % 3.14159`, `'3.142'`, false},
	{`"%5.1f|%-6.2f|%+d|% d" % (3.14159, 2.5, 5, 5)`, `'  3.1|2.50  |+5| 5'`, false},
	{`"%05d|%-05d|%05.1f|% 05d" % (-3, 3, -2.5, 3)`, `'-0003|3    |-02.5| 0003'`, false},
	{`"%x %X %o %#x %#o %#X %x" % (255, 255, 8, 255, 8, 255, -255)`, `'ff FF 10 0xff 0o10 0XFF -ff'`, false},
	{`"%.2x|%#5.3x|%#x" % (5, 5, -255)`, `'05|0x005|-0xff'`, false},
	{`"%e|%E|%.0e|%010.3e" % (12345.678, 1e-10, 15000, -12345.678)`, `'1.234568e+04|1.000000E-10|2e+04|-1.235e+04'`, false},
	{`"%g|%g|%g|%g|%G|%.3g|%#g|%#.3g|%g" % (1e-5, 123456, 1234567, 1e16, 1e-10, 1234.5, 1.0, 1, -0.0)`, `'1e-05|123456|1.23457e+06|1e+16|1E-10|1.23e+03|1.00000|1.00|-0'`, false},
	{`"%.0g|%#.0f|%.2f|%.2f" % (0.5, 1.0, 0.125, 0.375)`, `'0.5|1.|0.12|0.38'`, false},
	{`"%f|%F|%+f|%05f|%e" % (float("inf"), float("nan"), float("inf"), float("inf"), -float("nan"))`, `'inf|NAN|+inf|00inf|nan'`, false},
	{`"%d %i %u %d %d %d" % (3.99, -3.99, True, 10**30, False, 2**70)`, `'3 -3 1 1000000000000000000000000000000 0 1180591620717411303424'`, false},
	{`"%s|%r|%a|%.3s|%10.4s|%-4s|" % ("é", "é", "é\u20ac", "abcdef", "abcdefg", "a")`, `"é|'é'|'\\xe9\\u20ac'|abc|      abcd|a   |"`, false},
	{`"%c%c|%5c|%05c|%.1c" % (72, "€", "a", "a", "a")`, `'H€|    a|    a|a'`, false},
	{`"%*d|%-*d|%*d|%.*f|%.*f|%0*d" % (4, 7, 4, 7, -4, 7, 2, 3.14159, -1, 3.0, 5, -3)`, `'   7|7   |7   |3.14|3|-0003'`, false},
	{`"%(a)s %(a)r %(b(c))d" % {"a": "x", "b(c)": 2}`, `"x 'x' 2"`, false},
	{`"%s %(x)s" % {"x": 1}`, `"{'x': 1} 1"`, false},
	{`"%%|%s|%s|%s" % (None, [1, "a"], (1,))`, `"%|None|[1, 'a']|(1,)"`, false},
	{`"%s" % ((1, 2),)`, `'(1, 2)'`, false},
	{`"%s" % [1]`, `'[1]'`, false},
	{`"hello" % [1]`, `'hello'`, false},
	{`"hello" % {"a": 1}`, `'hello'`, false},
	{`"%ld|%hd" % (3, 4)`, `'3|4'`, false},
	{`"" % ()`, `''`, false},
	{`"%d" % "a"`, `!! TypeError: %d format: a real number is required, not str`, false},
	{`"%x" % 1.5`, `!! TypeError: %x format: an integer is required, not float`, false},
	{`"%f" % "a"`, `!! TypeError: must be real number, not str`, false},
	{`"%s %s" % (1,)`, `!! TypeError: not enough arguments for format string`, false},
	{`"%s" % (1, 2)`, `!! TypeError: not all arguments converted during string formatting`, false},
	{`"" % 5`, `!! TypeError: not all arguments converted during string formatting`, false},
	{`"%(a)s" % 5`, `!! TypeError: format requires a mapping`, false},
	{`"%(a)s" % {}`, `!! KeyError: 'a'`, false},
	{`"%(a)s %s" % {"a": 1}`, `!! TypeError: not enough arguments for format string`, false},
	{`"%q" % 1`, `!! ValueError: unsupported format character 'q' (0x71) at index 1`, false},
	{`"%5%" % (1,)`, `!! ValueError: unsupported format character '%' (0x25) at index 2`, false},
	{`"abc%" % ()`, `!! ValueError: incomplete format`, false},
	{`"%(a" % {}`, `!! ValueError: incomplete format key`, false},
	{`"%*d" % ("a", 1)`, `!! TypeError: * wants int`, false},
	{`"%c" % "ab"`, `!! TypeError: %c requires int or char`, false},
	{`"%c" % 1114112`, `!! OverflowError: %c arg not in range(0x110000)`, false},
	{`"%d" % float("inf")`, `!! OverflowError: cannot convert float infinity to integer`, false},
	{`"%d" % float("nan")`, `!! ValueError: cannot convert float NaN to integer`, false},
	{`"%.1f" % 10**400`, `!! OverflowError: int too large to convert to float`, false},
}

// reprCases are repr and str cases.
var reprCases = []exprCase{
	{`[repr(1e16), repr(1e15), repr(1e-5), repr(0.0001), repr(-0.0), repr(100.0)]`, `['1e+16', '1000000000000000.0', '1e-05', '0.0001', '-0.0', '100.0']`, false},
	{`[repr(123456789012345678.0), repr(1.5e300), repr(0.1 + 0.2), repr(1/3), str(-1e-7), str(1e22)]`, `['1.2345678901234568e+17', '1.5e+300', '0.30000000000000004', '0.3333333333333333', '-1e-07', '1e+22']`, false},
	{`[float("inf"), -float("inf"), float("nan"), 2.0, -2.5]`, `[inf, -inf, nan, 2.0, -2.5]`, false},
	{`["it's", 'a"b', 'a"b\'c', "\n\t\r\\", "\x00\x7f\u0080\u200b\U0001f600é"]`, `["it's", 'a"b', 'a"b\'c', '\n\t\r\\', '\x00\x7f\x80\u200b😀é']`, false},
	{`[b"a'\x00\xff", b'"', b"\t"]`, `[b"a'\x00\xff", b'"', b'\t']`, false},
	{`[None, True, False, (), (1,), (1, 2), [], {}, set(), {1, 2}]`, `[None, True, False, (), (1,), (1, 2), [], {}, set(), {1, 2}]`, false},
	{`{1: "a", "b": (1,), "c": [None, True], "d": {"e": {}}}`, `{1: 'a', 'b': (1,), 'c': [None, True], 'd': {'e': {}}}`, false},
	{`[range(10), range(1, 5, 2), range(3, 4)]`, `[range(0, 10), range(1, 5, 2), range(3, 4)]`, false},
	{`[str("a"), str(1.5), str([1.5, "a"]), str(("a",)), str(None), str()]`, `['a', '1.5', "[1.5, 'a']", "('a',)", 'None', '']`, false},
	{`[type(1), type("a"), type([]), type({}), type(None), type(len)]`, `[<class 'int'>, <class 'str'>, <class 'list'>, <class 'dict'>, <class 'NoneType'>, <class 'builtin_function_or_method'>]`, false},
	{`[int, str, float, bool]`, `[<class 'int'>, <class 'str'>, <class 'float'>, <class 'bool'>]`, false},
}

// builtinCases are cases of the builtins the dialect adds.
var builtinCases = []exprCase{
	{`[round(2.675, 2), round(2.5), round(3.5), round(-2.5), round(-0.5), round(0.125, 2)]`, `[2.67, 2, 4, -2, 0, 0.12]`, false},
	{`[round(2.5, 0), round(-0.0, 1), round(1e300, -300), round(0.5, 400), round(5e-324, -400), round(float("inf"), 2)]`, `[2.0, -0.0, 1e+300, 0.5, 0.0, inf]`, false},
	{`[round(1234, -2), round(1250, -2), round(15, -1), round(-15, -1), round(-25, -1), round(5, -1), round(True), round(7, 2)]`, `[1200, 1200, 20, -20, -20, 0, 1, 7]`, false},
	{`[round(1.5, None), round(0.1234567, 5), round(12345.6789, -2), round(-1.005, 2)]`, `[2, 0.12346, 12300.0, -1.0]`, false},
	{`round(float("inf"))`, `!! OverflowError: cannot convert float infinity to integer`, false},
	{`round(float("nan"))`, `!! ValueError: cannot convert float NaN to integer`, false},
	{`round(1.7e308, -308)`, `!! OverflowError: rounded value too large to represent`, false},
	{`round("a")`, `!! TypeError: type str doesn't define __round__ method`, false},
	{`round(1, 1.5)`, `!! TypeError: 'float' object cannot be interpreted as an integer`, false},
	{`[sum([1, 2, 3]), sum([1, 2], 10), sum([1], start=2), sum([[1], [2]], []), sum([True, True]), sum([], 1.5), sum([1, 2.5, 3])]`, `[6, 13, 3, [1, 2], 2, 1.5, 6.5]`, false},
	{`[sum([0.1] * 10), sum([0.1] * 10, 0.0), sum([1e100, 1.0, -1e100, 1.0])]`, `[1.0, 1.0, 2.0]`, true},
	{`sum(["a"], "")`, `!! TypeError: sum() can't sum strings [use ''.join(seq) instead]`, false},
	{`sum([1, "a"])`, `!! TypeError: unsupported operand type(s) for +: 'int' and 'str'`, false},
	{`[abs(-3), abs(-2.5), abs(True), abs(-(2**70))]`, `[3, 2.5, 1, 1180591620717411303424]`, false},
	{`abs("a")`, `!! TypeError: bad operand type for abs(): 'str'`, false},
	{`[divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(-7.5, 2), divmod(-0.0, 1), divmod(7, 2.0), divmod(True, 2)]`, `[(3, 1), (-4, 1), (-4.0, -0.5), (-4.0, 0.5), (-0.0, 0.0), (3.0, 1.0), (0, 1)]`, false},
	{`divmod(1, 0)`, `!! ZeroDivisionError: integer division or modulo by zero`, false},
	{`divmod(1.0, 0)`, `!! ZeroDivisionError: float divmod()`, false},
	{`divmod("a", 1)`, `!! TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'`, false},
	{`[pow(2, 100), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(0.0, 0), pow(3, 2, -5), pow(3, -1, 7), pow(True, 2)]`, `[1267650600228229401496703205376, 0.5, 8.0, -8, 1, 1.0, -1, 5, 1]`, false},
	{`pow(0.0, -1)`, `!! ZeroDivisionError: 0.0 cannot be raised to a negative power`, false},
	{`pow(0, -1)`, `!! ZeroDivisionError: 0.0 cannot be raised to a negative power`, false},
	{`pow(2, 3, 0)`, `!! ValueError: pow() 3rd argument cannot be 0`, false},
	{`pow(2, -1, 4)`, `!! ValueError: base is not invertible for the given modulus`, false},
	{`pow(10.0, 400)`, `!! OverflowError: (34, 'Numerical result out of range')`, false},
	{`pow(2, 0.5, 3)`, `!! TypeError: pow() 3rd argument not allowed unless all arguments are integers`, false},
	{`pow("a", 2)`, `!! TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'`, false},
	{`[isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, (str, (list, int)))]`, `[True, True, False, False, True]`, false},
	{`[isinstance(None, type(None)), type(1) == int, type(1) != float, type(True) == bool, int("12"), float("1.5"), list((1, 2)), tuple([1])]`, `[True, True, True, True, 12, 1.5, [1, 2], (1,)]`, false},
	{`isinstance(1, "int")`, `!! TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union`, false},
	{`isinstance(1, [int])`, `!! TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union`, false},
}

// evalDialect returns the repr of expr's value in the dialect, or
// "!! Type: message" for a Python exception.
func evalDialect(expr string) string {
	out, err := runScript("expr.py", []byte("print(repr("+expr+"))\n"))
	if err != nil {
		var e *sim.Exception
		if errors.As(err, &e) {
			return "!! " + e.Error()
		}
		return "!! error: " + err.Error()
	}
	return strings.TrimSuffix(out, "\n")
}

func TestFormatTable(t *testing.T)  { checkTable(t, formatCases) }
func TestReprTable(t *testing.T)    { checkTable(t, reprCases) }
func TestBuiltinTable(t *testing.T) { checkTable(t, builtinCases) }

// checkTable checks each case in the dialect.
func checkTable(t *testing.T, cases []exprCase) {
	t.Helper()
	for _, c := range cases {
		if got := evalDialect(c.expr); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.expr, got, c.want)
		}
	}
}

// TestTablesAgainstPython checks the tables' expectations against CPython,
// where python3 exists.
func TestTablesAgainstPython(t *testing.T) {
	python := cpythontest.Find(t, "the expression tables (their fixed expectations still ran)").Path
	var cases []exprCase
	for _, table := range [][]exprCase{formatCases, reprCases, builtinCases} {
		cases = append(cases, table...)
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.expr
	}
	in, _ := json.Marshal(exprs)
	cmd := exec.Command(python, "-c", pyEvalDriver)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res struct {
		Old     bool     `json:"old"`
		Results []string `json:"results"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("python3: %v: %s", err, out)
	}
	for i, c := range cases {
		if c.notIn311 && res.Old {
			continue
		}
		if res.Results[i] != c.want {
			t.Errorf("CPython: %s\n got %s\nwant %s", c.expr, res.Results[i], c.want)
		}
	}
}

// pyEvalDriver evaluates each expression and reports its repr or its
// exception.
const pyEvalDriver = `
import json, sys
out = []
for e in json.load(sys.stdin):
    try:
        out.append(repr(eval(e)))
    except Exception as x:
        out.append("!! %s: %s" % (type(x).__name__, x))
json.dump({"old": sys.version_info < (3, 12), "results": out}, sys.stdout)
`

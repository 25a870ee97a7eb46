package script

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

// TestErrorPositions checks that the shims keep every line and column: an
// error inside or after shimmed code points at the user's own text.
func TestErrorPositions(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // "line:col: text"
	}{
		// compile errors
		{"import time, nope\n", "1:14: no module named 'nope'"},
		{"from time import (sleep,\n    nope)\n", "2:5: cannot import name 'nope'"},
		{"with undefined_a as a:\n    pass\n", "1:6: name 'undefined_a' is not defined"},
		{"with (\n  foo(1) as a,\n  bar() as b):\n    pass\n", "2:3: name 'foo' is not defined"},
		{"x = 1\nwith x as a, y as b: pass\n", "2:14: name 'y' is not defined"},
		{"assert x_undefined > 1, 'msg'\n", "1:8: name 'x_undefined' is not defined"},
		{"s = sum(q for q in nothing)\n", "1:20: name 'nothing' is not defined"},
		{"x = 2 ** zz\n", "1:10: name 'zz' is not defined"},
		{"x = None\nif x is None and zz: pass\n", "2:18: name 'zz' is not defined"},
		{"n = 1_000 + zz\n", "1:13: name 'zz' is not defined"},
		{"def f(a: int, b: str = 'x') -> int:\n    return zz\n", "2:12: name 'zz' is not defined"},
		{"x = {1, zz}\n", "1:9: name 'zz' is not defined"},
		{"x = ('a'\n     'b', zz)\n", "2:11: name 'zz' is not defined"},
		{"import ctx\nfor i in range(3):\n    with ctx.Manager('m'):\n        break\nbreak\n", "5:1: break not in a loop"},
		{"with (a := 1):\n    pass\n", "1:9: the := operator is not supported"},
		{"x = 1 +\n", "1:8: got newline, want primary expression"},
		{"with open(:\n    pass\n", "1:11: got ':', want primary expression"},
		// runtime errors
		{"x = 'a' + 1\n", "1:9: unknown binary op"},
		{"x = '%d' % 'a'\n", "1:10: %d format"},
		{"x = 1\nx %= 0\n", "2:3: integer modulo by zero"},
		{"x = 2 ** 'a'\n", "1:7: unsupported operand type(s) for ** or pow()"},
		{"x = 1\nassert x == 2, 'x is %d' % x\n", "2:1: AssertionError: x is 1"},
		{"from ctx import Manager\nwith Manager('m', fail_exit=True):\n    pass\n", "2:1: exit failed"},
		{"with 3 as x:\n    pass\n", "1:6: does not support the context manager protocol"},
	} {
		got := errorAtText(c.src)
		if !strings.HasPrefix(got, strings.SplitN(c.want, ": ", 2)[0]+": ") || !strings.Contains(got, strings.SplitN(c.want, ": ", 2)[1]) {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// errorAtText runs src and returns "line:col: error" for its error.
func errorAtText(src string) string {
	_, err := runScript("p.py", []byte(src))
	var ce *Error
	var ee *starlark.EvalError
	switch {
	case err == nil:
		return "no error"
	case errors.As(err, &ce):
		return fmt.Sprintf("%d:%d: %s", ce.Line, ce.Col, ce.Msg)
	case errors.As(err, &ee):
		for i := 0; i < len(ee.CallStack); i++ {
			if fr := ee.CallStack.At(i); fr.Pos.Filename() == "p.py" {
				return fmt.Sprintf("%d:%d: %s", fr.Pos.Line, fr.Pos.Col, ee.Msg)
			}
		}
	}
	return "?: " + err.Error()
}

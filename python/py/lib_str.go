package py

import (
	"math"

	"github.com/futurescope/futurescope/python/pystr"
)

// The methods of str that change case, test characters or pad, as pure functions of python/pystr.
func init() {
	m := map[string]MethodFunc{}
	for name, fn := range map[string]func(string) string{
		"upper": pystr.Upper, "lower": pystr.Lower, "swapcase": pystr.SwapCase, "title": pystr.Title,
		"capitalize": pystr.Capitalize, "casefold": pystr.Casefold,
	} {
		m[name] = strToStr(name, fn)
	}
	for name, fn := range map[string]func(string) bool{
		"islower": pystr.IsLower, "isupper": pystr.IsUpper, "istitle": pystr.IsTitle, "isalnum": pystr.IsAlnum,
		"isalpha": pystr.IsAlpha, "isdigit": pystr.IsDigit, "isdecimal": pystr.IsDecimal,
		"isnumeric": pystr.IsNumeric, "isspace": pystr.IsSpace, "isidentifier": pystr.IsIdentifier,
		"isascii": pystr.IsASCII, "isprintable": pystr.IsPrintable,
	} {
		m[name] = strToBool(name, fn)
	}
	m["center"] = strPad("center", pystr.Center)
	m["ljust"] = strPad("ljust", pystr.LJust)
	m["rjust"] = strPad("rjust", pystr.RJust)
	m["zfill"] = strZFill
	m["expandtabs"] = strExpandTabs
	m["strip"] = strStrip("strip", pystr.Strip, pystr.StripChars)
	m["lstrip"] = strStrip("lstrip", pystr.LStrip, pystr.LStripChars)
	m["rstrip"] = strStrip("rstrip", pystr.RStrip, pystr.RStripChars)
	m["removeprefix"] = strAffix("removeprefix", pystr.RemovePrefix)
	m["removesuffix"] = strAffix("removesuffix", pystr.RemoveSuffix)
	registerLib(StrType, m)
}

// strSelf returns the receiver of a str method.
func strSelf(method string, self Object) (string, error) {
	if s, ok := self.(*Str); ok {
		return s.S, nil
	}
	return "", descrError(method, "str", self)
}

// argCount checks a positional-only method's argument count (lo to hi), with CPython's wording
// for methods of kind ("str", "bytes").
func argCount(kind, method string, n, lo, hi int) error {
	switch {
	case n >= lo && n <= hi:
		return nil
	case hi == 0:
		return Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", kind, method, n)
	case lo == hi && hi == 1:
		return Errorf(TypeErrorType, "%s.%s() takes exactly one argument (%d given)", kind, method, n)
	case n < lo:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", method, lo, pluralS(lo), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", method, hi, pluralS(hi), n)
}

// strArgs checks a positional-only str method's argument count (min to max) and returns the receiver.
func strArgs(method string, self Object, args []Object, kwnames []string, lo, hi int) (string, error) {
	if err := NoKwargs(method, kwnames); err != nil {
		return "", err
	}
	if err := argCount("str", method, len(args), lo, hi); err != nil {
		return "", err
	}
	return strSelf(method, self)
}

func strToStr(name string, fn func(string) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		return NewStr(fn(s)), nil
	}
}

func strToBool(name string, fn func(string) bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 0, 0)
		if err != nil {
			return nil, err
		}
		return NewBool(fn(s)), nil
	}
}

// strWidth converts a width argument, bounding it so that padding cannot exhaust memory.
func (t *Thread) strWidth(o Object) (int, error) {
	v, err := t.index(o)
	if err != nil {
		return 0, err
	}
	w, ok := asInt64(v)
	if !ok || w > MaxStrLen {
		if toBig(v).Sign() < 0 {
			return 0, nil
		}
		return 0, Errorf(MemoryErrorType, "str too large")
	}
	return int(w), nil
}

func strPad(name string, fn func(string, int, rune) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 1, 2)
		if err != nil {
			return nil, err
		}
		w, err := t.strWidth(args[0])
		if err != nil {
			return nil, err
		}
		fill := ' '
		if len(args) > 1 {
			f, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", args[1].Type().Name)
			}
			if f.Len() != 1 {
				return nil, Errorf(TypeErrorType, "The fill character must be exactly one character long")
			}
			fill = []rune(f.S)[0]
		}
		return NewStr(fn(s, w, fill)), nil
	}
}

func strZFill(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := strArgs("zfill", self, args, kwnames, 1, 1)
	if err != nil {
		return nil, err
	}
	w, err := t.strWidth(args[0])
	if err != nil {
		return nil, err
	}
	return NewStr(pystr.ZFill(s, w)), nil
}

func strExpandTabs(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("expandtabs", args, kwnames, []string{"tabsize"}, 0)
	if err != nil {
		return nil, err
	}
	s, err := strSelf("expandtabs", self)
	if err != nil {
		return nil, err
	}
	size := 8
	if a[0] != nil {
		if size, err = t.strWidth(a[0]); err != nil {
			return nil, err
		}
		if size > 1<<16 {
			size = 1 << 16
		}
	}
	out := pystr.ExpandTabs(s, size)
	if len(out) > MaxStrLen {
		return nil, Errorf(MemoryErrorType, "str too large")
	}
	return NewStr(out), nil
}

func strStrip(name string, ws func(string) string, chars func(string, string) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 0, 1)
		if err != nil {
			return nil, err
		}
		if len(args) == 0 || args[0] == None {
			return NewStr(ws(s)), nil
		}
		c, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		return NewStr(chars(s, c.S)), nil
	}
}

func strAffix(name string, fn func(string, string) string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 1, 1)
		if err != nil {
			return nil, err
		}
		a, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, args[0].Type().Name)
		}
		return NewStr(fn(s, a.S)), nil
	}
}

// sliceBound converts an optional start or end argument of a str method (None: absent) to an int,
// clamping huge values as CPython's ssize_t conversion of slice bounds does.
func (t *Thread) sliceBound(o Object, dflt int) (int, error) {
	if o == nil || o == None {
		return dflt, nil
	}
	v, err := t.index(o)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return 0, err
	}
	if i, ok := asInt64(v); ok {
		return int(max(min(i, math.MaxInt32), math.MinInt32)), nil
	}
	if toBig(v).Sign() < 0 {
		return math.MinInt32, nil
	}
	return math.MaxInt32, nil
}

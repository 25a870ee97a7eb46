package stdlib

import (
	"regexp"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/py"
)

// _re: Python patterns compiled to Go's regexp (re_translate.go) and the
// spans of their matches, in characters. lib/re.py builds the re module
// (Pattern, Match, sub, split, ...) on it.

var rePatternType = goType("pattern_core", "_re")

// rePattern is a compiled pattern: search finds anywhere, match at the
// start, full the whole string.
type rePattern struct {
	search, match, full *regexp.Regexp
}

// Type returns _re.pattern_core.
func (*rePattern) Type() *py.Type { return rePatternType }

func init() {
	py.RegisterMethods(rePatternType, map[string]py.MethodFunc{
		"search":    reFind(func(p *rePattern) *regexp.Regexp { return p.search }),
		"match":     reFind(func(p *rePattern) *regexp.Regexp { return p.match }),
		"fullmatch": reFind(func(p *rePattern) *regexp.Regexp { return p.full }),
		"all":       reAll,
		"ngroups": func(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return py.MakeInt(int64(self.(*rePattern).search.NumSubexp())), nil
		},
		"names": func(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			d := py.NewDict()
			for i, n := range self.(*rePattern).search.SubexpNames() {
				if n != "" {
					d.SetStr(n, py.MakeInt(int64(i)))
				}
			}
			return d, nil
		},
	})
	py.RegisterCoreModule("_re", func(in *py.Interp) (*py.Module, error) {
		m := py.NewModule("_re")
		m.SetAttr("compile", py.NewBuiltin("compile", reCompile))
		return m, nil
	})
}

func reCompile(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("compile", args, kw, []string{"pattern", "flags"}, 2)
	if err != nil {
		return nil, err
	}
	pat, ok := a[0].(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "first argument must be string or compiled pattern")
	}
	flags, err := t.ToInt64(a[1])
	if err != nil {
		return nil, err
	}
	if msg := patternError(pat.S, true); msg != "" {
		return nil, py.Errorf(py.ValueErrorType, "%s", msg)
	}
	goPat, err := translate(pat.S, int(flags))
	if err != nil {
		if msg := patternError(pat.S, false); msg != "" {
			return nil, py.Errorf(py.ValueErrorType, "%s", msg)
		}
		if u, ok := err.(unsupported); ok {
			return nil, py.Errorf(py.NotImplementedErrorType,
				"re: %s cannot be used here: Go's regular expressions, which futurescope runs, do not backtrack", string(u))
		}
		return nil, err
	}
	p := &rePattern{}
	for _, c := range []struct {
		dst  **regexp.Regexp
		expr string
	}{{&p.search, goPat}, {&p.match, `\A(?:` + goPat + `)`}, {&p.full, `\A(?:` + goPat + `)\z`}} {
		re, err := regexp.Compile(c.expr)
		if err != nil {
			if msg := patternError(pat.S, false); msg != "" {
				return nil, py.Errorf(py.ValueErrorType, "%s", msg)
			}
			return nil, py.Errorf(py.ValueErrorType, "%s", err.Error())
		}
		*c.dst = re
	}
	return p, nil
}

// subject unpacks (string, pos=0, endpos=None): the string, the part
// searched, and the character offset it starts at.
func subject(t *py.Thread, args []py.Object, kw []string) (*py.Str, string, int, error) {
	a, err := py.UnpackArgs("search", args, kw, []string{"string", "pos", "endpos"}, 1)
	if err != nil {
		return nil, "", 0, err
	}
	s, ok := a[0].(*py.Str)
	if !ok {
		return nil, "", 0, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '%s'", a[0].Type().Name)
	}
	n := s.Len()
	pos, end := int64(0), int64(n)
	if a[1] != nil {
		if pos, err = t.ToInt64(a[1]); err != nil {
			return nil, "", 0, err
		}
		pos = min(max(pos, 0), int64(n))
	}
	if a[2] != nil && a[2] != py.None {
		if end, err = t.ToInt64(a[2]); err != nil {
			return nil, "", 0, err
		}
		end = min(max(end, pos), int64(n))
	}
	if s.IsASCII() {
		return s, s.S[pos:end], int(pos), nil
	}
	rs := []rune(s.S)
	return s, string(rs[pos:end]), int(pos), nil
}

// spans converts byte offsets in sub (found at character offset base of
// the whole string) to a tuple of (start, end) character spans.
func spans(sub string, base int, loc []int) py.Object {
	ascii := true
	for i := 0; i < len(sub); i++ {
		if sub[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	out := make([]py.Object, len(loc)/2)
	for g := range out {
		s, e := loc[2*g], loc[2*g+1]
		if s < 0 {
			out[g] = py.NewTuple([]py.Object{py.MakeInt(-1), py.MakeInt(-1)})
			continue
		}
		if !ascii {
			s, e = utf8.RuneCountInString(sub[:s]), utf8.RuneCountInString(sub[:e])
		}
		out[g] = py.NewTuple([]py.Object{py.MakeInt(int64(base + s)), py.MakeInt(int64(base + e))})
	}
	return py.NewTuple(out)
}

func reFind(which func(*rePattern) *regexp.Regexp) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		_, sub, base, err := subject(t, args, kw)
		if err != nil {
			return nil, err
		}
		loc := which(self.(*rePattern)).FindStringSubmatchIndex(sub)
		if loc == nil {
			return py.None, nil
		}
		return spans(sub, base, loc), nil
	}
}

// reAll returns the spans of every non-overlapping match, left to right,
// with Python's rule for empty matches.
func reAll(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
	_, sub, base, err := subject(t, args, kw)
	if err != nil {
		return nil, err
	}
	p := self.(*rePattern)
	var out []py.Object
	locs := p.search.FindAllStringSubmatchIndex(sub, -1)
	for i, loc := range locs {
		out = append(out, spans(sub, base, loc))
		// Go skips an empty match right after a non-empty one; Python
		// (3.7 on) keeps it.
		end := loc[1]
		if loc[0] == end || (i+1 < len(locs) && locs[i+1][0] == end) {
			continue
		}
		if e := p.match.FindStringSubmatchIndex(sub[end:]); e != nil && e[1] == 0 {
			for j := range e {
				if e[j] >= 0 {
					e[j] += end
				}
			}
			out = append(out, spans(sub, base, e))
		}
	}
	return py.NewList(out), nil
}

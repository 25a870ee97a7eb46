package py

import (
	"math"
	"strings"

	"github.com/futurescope/futurescope/python/pystr"
)

// The methods of str that search, split and replace.
func init() {
	registerLib(StrType, map[string]MethodFunc{
		"find":       strFinder("find", pystr.Find, false),
		"rfind":      strFinder("rfind", pystr.RFind, false),
		"index":      strFinder("index", pystr.Find, true),
		"rindex":     strFinder("rindex", pystr.RFind, true),
		"count":      strCount,
		"startswith": strAffixTest("startswith", pystr.StartsWith),
		"endswith":   strAffixTest("endswith", pystr.EndsWith),
		"split":      strSplitter("split", pystr.Split, pystr.SplitWhitespace),
		"rsplit":     strSplitter("rsplit", pystr.RSplit, pystr.RSplitWhitespace),
		"splitlines": strSplitlines,
		"partition":  strPartitioner("partition", pystr.Partition),
		"rpartition": strPartitioner("rpartition", pystr.RPartition),
		"replace":    strReplace,
	})
}

// strSearchArgs parses (sub, start=None, end=None) of find, index, count and the like.
func (t *Thread) strSearchArgs(name string, self Object, args []Object, kwnames []string) (s string, sub Object, start, end int, err error) {
	if s, err = strArgs(name, self, args, kwnames, 1, 3); err != nil {
		return
	}
	sub = args[0]
	end = math.MaxInt32
	if len(args) > 1 {
		if start, err = t.sliceBound(args[1], 0); err != nil {
			return
		}
	}
	if len(args) > 2 {
		end, err = t.sliceBound(args[2], end)
	}
	return
}

func strFinder(name string, find func(string, string, int, int) int, raise bool) MethodFunc {
	fromRight := name == "rfind" || name == "rindex"
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, subObj, start, end, err := t.strSearchArgs(name, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		sub, ok := subObj.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", name, subObj.Type().Name)
		}
		var i int
		if isASCIIStr(self) {
			i = asciiFind(s, sub.S, start, end, fromRight)
		} else {
			i = find(s, sub.S, start, end)
		}
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "substring not found")
		}
		return MakeInt(int64(i)), nil
	}
}

func strCount(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, subObj, start, end, err := t.strSearchArgs("count", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, ok := subObj.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "count() argument 1 must be str, not %s", subObj.Type().Name)
	}
	if isASCIIStr(self) {
		start, end = pystr.AdjustIndices(start, end, len(s))
		if end-start < len(sub.S) {
			return MakeInt(0), nil
		}
		if sub.S == "" {
			return MakeInt(int64(end - start + 1)), nil
		}
		return MakeInt(int64(strings.Count(s[start:end], sub.S))), nil
	}
	return MakeInt(int64(pystr.Count(s, sub.S, start, end))), nil
}

// isASCIIStr reports a str receiver whose code points are all ASCII, so that positions are byte
// offsets (the answer is cached in the str).
func isASCIIStr(self Object) bool {
	s, ok := self.(*Str)
	return ok && s.Len() == len(s.S)
}

// asciiFind is find (or rfind) on an ASCII string, where code-point positions are byte offsets:
// the same answers as pystr.Find without scanning the string to convert positions.
func asciiFind(s, sub string, start, end int, fromRight bool) int {
	start, end = pystr.AdjustIndices(start, end, len(s))
	if end-start < len(sub) {
		return -1
	}
	var i int
	if fromRight {
		i = strings.LastIndex(s[start:end], sub)
	} else {
		i = strings.Index(s[start:end], sub)
	}
	if i < 0 {
		return -1
	}
	return start + i
}

func strAffixTest(name string, test func(string, string, int, int) bool) MethodFunc {
	ascii := asciiAffixTest(name)
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, affix, start, end, err := t.strSearchArgs(name, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		match := test
		if isASCIIStr(self) {
			match = ascii
		}
		n := self.(*Str).Len()
		start, end = pystr.AdjustIndices(start, end, n)
		// tailmatch's rule: past the end, or a window shorter than the affix, never matches.
		matches := func(a string) bool {
			return start <= n && end-start >= pystr.Len(a) && match(s, a, start, end)
		}
		switch a := affix.(type) {
		case *Str:
			return NewBool(matches(a.S)), nil
		case *Tuple:
			for _, x := range a.V {
				xs, ok := x.(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, x.Type().Name)
				}
				if matches(xs.S) {
					return True, nil
				}
			}
			return False, nil
		}
		return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, affix.Type().Name)
	}
}

// asciiAffixTest is startswith or endswith on an ASCII string, with byte offsets for positions.
func asciiAffixTest(name string) func(s, affix string, start, end int) bool {
	return func(s, affix string, start, end int) bool {
		n := len(s)
		start, end = pystr.AdjustIndices(start, end, n)
		if start > n || end-start < len(affix) {
			return false
		}
		if name == "startswith" {
			return strings.HasPrefix(s[start:end], affix)
		}
		return strings.HasSuffix(s[start:end], affix)
	}
}

func strSplitter(name string, bySep func(string, string, int) []string, byWS func(string, int) []string) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		a, err := clinicArgs(name, args, kwnames, []string{"sep", "maxsplit"}, 0)
		if err != nil {
			return nil, err
		}
		s, err := strSelf(name, self)
		if err != nil {
			return nil, err
		}
		maxsplit := -1
		if a[1] != nil {
			v, err := t.index(a[1])
			if err != nil {
				return nil, err
			}
			m, ok := asInt64(v)
			if !ok || m > math.MaxInt32 {
				m = math.MaxInt32
			}
			maxsplit = int(max(m, -1))
		}
		var parts []string
		switch sep := a[0].(type) {
		case nil, NoneType:
			if name == "split" && isASCIIStr(self) {
				return asciiSplitWhitespace(s, maxsplit), nil
			}
			parts = byWS(s, maxsplit)
		case *Str:
			if sep.S == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			parts = bySep(s, sep.S, maxsplit)
		default:
			return nil, Errorf(TypeErrorType, "must be str or None, not %s", a[0].Type().Name)
		}
		return strList(parts), nil
	}
}

// strList makes a list of str objects.
func strList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items)
}

func strSplitlines(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("splitlines", args, kwnames, []string{"keepends"}, 0)
	if err != nil {
		return nil, err
	}
	s, err := strSelf("splitlines", self)
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		if keep, err = t.Truth(a[0]); err != nil {
			return nil, err
		}
	}
	return strList(pystr.Splitlines(s, keep)), nil
}

func strPartitioner(name string, fn func(string, string) (string, string, string)) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
		s, err := strArgs(name, self, args, kwnames, 1, 1)
		if err != nil {
			return nil, err
		}
		sep, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str, not %s", args[0].Type().Name)
		}
		if sep.S == "" {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		h, f, tl := fn(s, sep.S)
		return NewTuple([]Object{NewStr(h), NewStr(f), NewStr(tl)}), nil
	}
}

func strReplace(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	a, err := clinicArgs("replace", args, kwnames, []string{"old", "new", "count"}, 2)
	if err != nil {
		return nil, err
	}
	s, err := strSelf("replace", self)
	if err != nil {
		return nil, err
	}
	var parts [2]string
	for i := range parts {
		p, ok := a[i].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, a[i].Type().Name)
		}
		parts[i] = p.S
	}
	count := -1
	if a[2] != nil {
		v, err := t.index(a[2])
		if err != nil {
			return nil, err
		}
		c, ok := asInt64(v)
		if !ok || c > math.MaxInt32 {
			c = math.MaxInt32
		}
		count = int(max(c, -1))
	}
	n := strings.Count(s, parts[0])
	if parts[0] == "" {
		n = pystr.Len(s) + 1
	}
	if count >= 0 {
		n = min(n, count)
	}
	if len(s)+n*(len(parts[1])-len(parts[0])) > MaxStrLen {
		return nil, Errorf(MemoryErrorType, "str too large")
	}
	return NewStr(pystr.Replace(s, parts[0], parts[1], count)), nil
}

// asciiWS reports the ASCII characters str.isspace() accepts (\x1c to \x1f included).
func asciiWS(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f
}

// asciiSplitWhitespace is str.split(None, maxsplit) for an ASCII str: the words between runs of
// whitespace, at most maxsplit splits (< 0: all), the rest kept whole after its leading whitespace.
func asciiSplitWhitespace(s string, maxsplit int) *List {
	var items []Object
	i := 0
	for {
		for i < len(s) && asciiWS(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if maxsplit >= 0 && len(items) == maxsplit {
			items = append(items, asciiStr(s[i:]))
			break
		}
		j := i
		for j < len(s) && !asciiWS(s[j]) {
			j++
		}
		items = append(items, asciiStr(s[i:j]))
		i = j
	}
	return NewList(items)
}

// asciiStr makes a str of ASCII text, its length already known.
func asciiStr(s string) *Str {
	if len(s) <= 1 {
		return NewStr(s)
	}
	return &Str{S: s, n: int32(len(s)), ascii: true}
}

package py

import (
	"sort"
	"strings"
	"unicode"
)

// CPython 3.13's "Did you mean" suggestions for NameError and
// AttributeError (Lib/traceback.py, Python/suggestions.c).

const (
	maxCandidates = 750
	maxNameSize   = 40
	moveCost      = 2
	caseCost      = 1
)

// nameCandidates records, for a NameError, the names the frame could see.
func (t *Thread) nameCandidates(f *Frame, e *Exception, name string) {
	var names []string
	var self Object
	for i, v := range f.fast {
		if v != nil {
			names = append(names, f.code.Varnames[i])
			if f.code.Varnames[i] == "self" {
				self = v
			}
		}
	}
	for i, c := range f.cells {
		if c != nil && c.V != nil {
			names = append(names, f.cellName(i))
		}
	}
	if f.locals != nil && f.locals != f.globals {
		names = appendKeys(names, f.locals)
	}
	names = appendKeys(names, f.globals)
	names = appendKeys(names, f.builtins)
	e.candidates = names
	e.SetAttr("name", NewStr(name))
	if self != nil {
		if ok, _ := t.HasAttr(self, name); ok {
			e.selfHint = true
		}
	}
}

func appendKeys(names []string, d *Dict) []string {
	for _, k := range d.Keys() {
		if s, ok := k.(*Str); ok {
			names = append(names, s.S)
		}
	}
	return names
}

// suggestion returns the text CPython appends to the exception line.
func (t *Thread) suggestion(e *Exception) string {
	nameObj, _ := e.Attr("name").(*Str)
	if nameObj == nil {
		return ""
	}
	name := nameObj.S
	var cands []string
	switch {
	case e.typ.IsSubtype(AttributeErrorType):
		obj := e.Attr("obj")
		if obj == nil {
			return ""
		}
		cands = t.dirNames(obj)
		if !strings.HasPrefix(name, "_") {
			kept := cands[:0]
			for _, c := range cands {
				if !strings.HasPrefix(c, "_") {
					kept = append(kept, c)
				}
			}
			cands = kept
		}
	case e.typ.IsSubtype(NameErrorType):
		if e.selfHint {
			return ". Did you mean: 'self." + name + "'?"
		}
		cands = e.candidates
	default:
		return ""
	}
	out := ""
	if s := bestMatch(name, cands); s != "" {
		out = ". Did you mean: '" + s + "'?"
	}
	if e.typ.IsSubtype(NameErrorType) && stdlibModules[name] {
		if out != "" {
			out += " Or did you forget to import '" + name + "'?"
		} else {
			out = ". Did you forget to import '" + name + "'?"
		}
	}
	return out
}

// dirNames approximates dir(obj): its instance attributes and everything its
// class and bases define, sorted.
func (t *Thread) dirNames(obj Object) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	switch x := obj.(type) {
	case *Instance:
		for _, k := range appendKeys(nil, x.Dict) {
			add(k)
		}
	case *Module:
		for _, k := range appendKeys(nil, x.Dict) {
			add(k)
		}
		sort.Strings(out)
		return out
	case *Type:
		for _, c := range x.MRO {
			for _, k := range c.Keys {
				add(k)
			}
		}
	}
	for _, c := range obj.Type().MRO {
		for _, k := range c.Keys {
			add(k)
		}
	}
	sort.Strings(out)
	return out
}

func bestMatch(name string, cands []string) string {
	if len(cands) > maxCandidates || len([]rune(name)) > maxNameSize {
		return ""
	}
	wl := len([]rune(name))
	best := wl
	suggestion := ""
	for _, c := range cands {
		if c == name {
			continue
		}
		maxD := (len([]rune(c)) + wl + 3) * moveCost / 6
		maxD = min(maxD, best-1)
		d := levenshtein(name, c, maxD)
		if d > maxD {
			continue
		}
		if suggestion == "" || d < best {
			suggestion, best = c, d
		}
	}
	return suggestion
}

func substitutionCost(a, b rune) int {
	if a == b {
		return 0
	}
	if unicode.ToLower(a) == unicode.ToLower(b) {
		return caseCost
	}
	return moveCost
}

func levenshtein(as, bs string, maxCost int) int {
	if as == bs {
		return 0
	}
	a, b := []rune(as), []rune(bs)
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return moveCost * (len(a) + len(b))
	}
	if len(a) > maxNameSize || len(b) > maxNameSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * moveCost
	}
	result := 0
	for bi, bc := range b {
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i, ac := range a {
			substitute := distance + substitutionCost(bc, ac)
			distance = row[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// stdlibModules holds names from sys.stdlib_module_names that scripts commonly forget to import.
var stdlibModules = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`abc argparse array ast asyncio base64 bisect builtins calendar cmath codecs
		collections concurrent contextlib copy csv dataclasses datetime decimal dis email enum errno fractions
		functools gc glob gzip hashlib heapq html http inspect io itertools json keyword locale logging math
		multiprocessing numbers operator os pathlib pickle platform pprint queue random re sched secrets select
		selectors shutil signal socket sqlite3 ssl statistics string struct subprocess sys tempfile textwrap
		threading time timeit token tokenize traceback types typing unittest urllib uuid warnings weakref xml
		zipfile zlib zoneinfo`) {
		m[n] = true
	}
	return m
}()

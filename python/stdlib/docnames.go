package stdlib

import (
	"regexp"
	"slices"
	"strings"
)

// The docs of the modules, here and in sim/script, follow one convention: a paragraph "Has: ..."
// names what the module has, details in parentheses, and "Lacks: ..." what it lacks. HasNames reads
// the first, for the tests that check each name is there.

// HasNames returns the names the "Has:" list of a module's doc gives (ok false when the doc has
// none): outside parentheses, the items between commas, semicolons, colons and "and" made of
// identifiers, one (threading.Lock, chain.from_iterable) or several separated by spaces (math's
// "sqrt cbrt exp"). An item of several words is a list of names only if its first word is one of the
// module's; else it is prose, which the caller leaves unchecked. The list ends at "Lacks", at the end
// of its paragraph or of the doc.
func HasNames(doc string) (names [][]string, ok bool) {
	i := strings.Index(doc, "Has:")
	if i < 0 {
		return nil, false
	}
	has := doc[i+len("Has:"):]
	for _, end := range []string{"Lacks", "\n\n"} {
		if j := strings.Index(has, end); j >= 0 {
			has = has[:j]
		}
	}
	var b strings.Builder
	depth := 0
	for _, r := range has {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	for _, item := range docSplit.Split(strings.Join(strings.Fields(b.String()), " "), -1) {
		words := strings.Fields(item)
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !docIdent.MatchString(w) }) {
			names = append(names, words)
		}
	}
	return names, true
}

var (
	docIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*$`)
	docSplit = regexp.MustCompile(`[,;:]|\.\s|\.$|\sand\s`)
)

// HasCheck returns Python source that imports module and prints, one line for each item of names
// (HasNames) that is not prose, the names of it the module lacks: nothing when it has them all. A
// dotted name's first part may be a submodule (multiprocessing's pool.ThreadPool).
func HasCheck(module string, names [][]string) string {
	var b strings.Builder
	b.WriteString("import importlib\nimport " + module + "\n")
	b.WriteString("def get(n):\n    o = " + module + "\n    first, *rest = n.split('.')\n" +
		"    if rest and getattr(o, first, None) is None:\n        try:\n" +
		"            importlib.import_module('" + module + ".' + first)\n        except ImportError:\n            pass\n" +
		"    for part in n.split('.'):\n        o = getattr(o, part, None)\n    return o\n")
	b.WriteString("for item in [")
	for _, words := range names {
		b.WriteString("['" + strings.Join(words, "', '") + "'], ")
	}
	b.WriteString("]:\n    if len(item) == 1 or get(item[0]) is not None:\n" +
		"        print(*[n for n in item if get(n) is None])\n")
	return b.String()
}

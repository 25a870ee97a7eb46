package trace

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WriteText writes t in the text form: a header line "# futurescope trace v1", one "# key=value" line for
// each Meta entry in key order, then one line an event as FormatEvent gives it. The text form is for
// reading and for golden tests; it leaves out Seq (the line order shows it) and is not read back.
//
// WriteText does not validate t, so it can show a broken trace too.
func WriteText(w io.Writer, t *Trace) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# futurescope trace v%d\n", t.Version)
	for _, k := range slices.Sorted(maps.Keys(t.Meta)) {
		fmt.Fprintf(bw, "# %s=%s\n", textValue(k), textValue(t.Meta[k]))
	}
	for _, e := range t.Events() {
		bw.WriteString(FormatEvent(e))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// FormatEvent formats e as one line of the text form:
//
//	0.500000 T2/P1 future_finish f3 name=returned value=4
//
// The line holds, separated by single spaces: the time in seconds (see below), "T<thread>/P<process>",
// the kind, "f<future>" when Future is not 0, then the fields target=, name=, args=, value= and line=, in
// that order, each only when it is not zero or empty.
//
// The time has six decimals (microseconds), or nine when the time is not a whole microsecond, so it is
// always exact. A string is written bare when it is not empty and has only printable, non-space characters
// other than '"', '\' and '='; otherwise it is quoted as a Go string (strconv.Quote). So
// value="ValueError: boom" but value=4.
func FormatEvent(e Event) string {
	var b strings.Builder
	b.WriteString(seconds(e.Time))
	fmt.Fprintf(&b, " T%d/P%d %s", e.Thread, e.Process, textValue(string(e.Kind)))
	if e.Future != 0 {
		fmt.Fprintf(&b, " f%d", e.Future)
	}
	if e.Target != 0 {
		fmt.Fprintf(&b, " target=%d", e.Target)
	}
	for _, f := range [...]struct{ key, val string }{{"name", e.Name}, {"args", e.Args}, {"value", e.Value}} {
		if f.val != "" {
			fmt.Fprintf(&b, " %s=%s", f.key, textValue(f.val))
		}
	}
	if e.Line != 0 {
		fmt.Fprintf(&b, " line=%d", e.Line)
	}
	return b.String()
}

// seconds formats ns nanoseconds as seconds with six decimals, or nine when ns is not a whole
// microsecond: 500000000 is "0.500000", 1500 is "0.000001500". It uses integers only, so it is exact.
func seconds(ns int64) string {
	sign, u := split(ns)
	whole, frac := u/1e9, u%1e9
	if frac%1e3 == 0 {
		return fmt.Sprintf("%s%d.%06d", sign, whole, frac/1e3)
	}
	return fmt.Sprintf("%s%d.%09d", sign, whole, frac)
}

// split returns the sign ("-" or "") and magnitude of n; it is exact for math.MinInt64 too.
func split(n int64) (string, uint64) {
	if n < 0 {
		return "-", -uint64(n)
	}
	return "", uint64(n)
}

// textValue writes s bare when it needs no quotes (see FormatEvent), and quoted otherwise.
func textValue(s string) string {
	if s == "" || !utf8.ValidString(s) || strings.IndexFunc(s, needsQuote) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// needsQuote reports whether a string holding r must be quoted in the text form.
func needsQuote(r rune) bool {
	return r == '"' || r == '\\' || r == '=' || unicode.IsSpace(r) || !strconv.IsPrint(r)
}

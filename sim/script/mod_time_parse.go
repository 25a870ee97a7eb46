package script

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/futurescope/futurescope/python/py"
	"github.com/futurescope/futurescope/python/pystr"
)

// time.strptime as CPython's _strptime does it: the format becomes a regular expression, one group a
// directive, matched case-insensitively from the start of the string; what the groups caught makes the
// date (1900-01-01 00:00:00 for what the format does not name), in the C locale's names.

// strptimeDirectives are the regular expressions of the directives CPython's _strptime knows.
var strptimeDirectives = map[byte]string{
	'd': `3[01]|[12]\d|0[1-9]|[1-9]| [1-9]`,
	'f': `[0-9]{1,6}`,
	'H': `2[0-3]|[0-1]\d|\d`,
	'I': `1[0-2]|0[1-9]|[1-9]| [1-9]`,
	'G': `\d\d\d\d`,
	'j': `36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]`,
	'm': `1[0-2]|0[1-9]|[1-9]`,
	'M': `[0-5]\d|\d`,
	'S': `6[0-1]|[0-5]\d|\d`,
	'U': `5[0-3]|[0-4]\d|\d`,
	'W': `5[0-3]|[0-4]\d|\d`,
	'V': `5[0-3]|0[1-9]|[1-4]\d|\d`,
	'w': `[0-6]`,
	'u': `[1-7]`,
	'y': `\d\d`,
	'Y': `\d\d\d\d`,
	'z': `[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z`,
	'A': `monday|tuesday|wednesday|thursday|friday|saturday|sunday`,
	'a': `mon|tue|wed|thu|fri|sat|sun`,
	'B': `september|february|november|december|january|october|august|march|april|june|july|may`,
	'b': `jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`,
	'p': `am|pm`,
	'Z': `utc|gmt`,
}

// strptimeShorthands are directives made of others, as in CPython's C locale.
var strptimeShorthands = map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S",
	'D': "%m/%d/%y", 'T': "%H:%M:%S", 'R': "%H:%M", 'F': "%Y-%m-%d", 'h': "%b", 'e': "%d"}

// strptimePattern turns a format into a regular expression with a group per directive.
func strptimePattern(format string) (string, error) {
	var b strings.Builder
	seen := map[byte]bool{}
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			for i+1 < len(format) && strings.IndexByte(" \t\n", format[i+1]) >= 0 {
				i++
			}
			b.WriteString(`\s+`)
		case c != '%':
			b.WriteString(regexp.QuoteMeta(string(c)))
		case i+1 == len(format):
			return "", py.Errorf(py.ValueErrorType, "stray %% in format '%s'", format)
		default:
			i++
			d := format[i]
			if d == '%' {
				b.WriteByte('%')
				continue
			}
			if sub, ok := strptimeShorthands[d]; ok {
				p, err := strptimePattern(sub)
				if err != nil {
					return "", err
				}
				b.WriteString(p)
				continue
			}
			re, ok := strptimeDirectives[d]
			if !ok {
				return "", py.Errorf(py.ValueErrorType, "'%c' is a bad directive in format '%s'", d, format)
			}
			if seen[d] {
				return "", py.Errorf(py.ValueErrorType, "redefinition of group name %s as group %d", pystr.Repr(string(d)), len(seen)+1)
			}
			seen[d] = true
			b.WriteString("(?P<" + groupName(d) + ">" + re + ")")
		}
	}
	return b.String(), nil
}

// groupName names a directive's group (Go's group names are case-sensitive letters, as the directives).
func groupName(d byte) string { return "d_" + string(d) }

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// strptime parses s by format, as time.strptime does.
func strptime(s, format string) (time.Time, error) {
	pat, err := strptimePattern(format)
	if err != nil {
		return time.Time{}, err
	}
	re, err := regexp.Compile("(?i)^(?:" + pat + ")")
	if err != nil {
		return time.Time{}, py.Errorf(py.ValueErrorType, "strptime: %v", err)
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return time.Time{}, py.Errorf(py.ValueErrorType, "time data %s does not match format %s", pystr.Repr(s), pystr.Repr(format))
	}
	if m[1] != len(s) {
		return time.Time{}, py.Errorf(py.ValueErrorType, "unconverted data remains: %s", s[m[1]:])
	}
	got := map[byte]string{}
	for i, name := range re.SubexpNames() {
		if strings.HasPrefix(name, "d_") && m[2*i] >= 0 {
			got[name[2]] = strings.ToLower(s[m[2*i]:m[2*i+1]])
		}
	}
	return strptimeDate(got)
}

// strptimeDate makes the moment the directives' values name.
func strptimeDate(got map[byte]string) (time.Time, error) {
	num := func(d byte, def int) int {
		if v, ok := got[d]; ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
		return def
	}
	year := num('Y', 1900)
	if v, ok := got['y']; ok {
		year, _ = strconv.Atoi(v)
		if year <= 68 {
			year += 2000
		} else {
			year += 1900
		}
	}
	month := num('m', 1)
	for _, d := range []byte{'B', 'b'} {
		if v, ok := got[d]; ok {
			for i, n := range monthNames {
				if strings.HasPrefix(n, v) {
					month = i + 1
					break
				}
			}
		}
	}
	day := num('d', 1)
	hour := num('H', 0)
	if _, ok := got['I']; ok {
		hour = num('I', 12) % 12
		if got['p'] == "pm" {
			hour += 12
		}
	}
	if j, ok := got['j']; ok && got['m'] == "" && got['B'] == "" && got['b'] == "" && got['d'] == "" {
		n, _ := strconv.Atoi(j)
		t := time.Date(year, 1, 1, hour, num('M', 0), num('S', 0), 0, time.UTC).AddDate(0, 0, n-1)
		return t, nil
	}
	if day > time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, py.Errorf(py.ValueErrorType, "day is out of range for month")
	}
	return time.Date(year, time.Month(month), day, hour, num('M', 0), num('S', 0), 0, time.UTC), nil
}

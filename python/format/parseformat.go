package format

// Segment is one item of a parsed str.format string, as string.Formatter().parse() yields it:
// literal text, then (when HasField) a replacement field's name, spec and conversion, unevaluated.
type Segment struct {
	Literal  string
	HasField bool
	Name     string // the field name as written ("0", "", "a.b[key]")
	Spec     string // the format spec as written, nested fields included ("{w}.{p}f")
	Conv     rune   // 'r', 's', 'a', another character CPython would reject when rendering, or 0
}

// ParseFormat splits a str.format string into segments, checking the markup (braces,
// conversions, spec nesting) as CPython does. Field names and nested specs are not resolved:
// Render does that. On an error the segments before it are returned with it.
func ParseFormat(format string) ([]Segment, error) {
	var segs []Segment
	m := markup{s: format}
	for {
		var f rawField
		lit, hasField, done, err := m.next(&f)
		if err != nil || done {
			return segs, err
		}
		seg := Segment{Literal: lit, HasField: hasField}
		if hasField {
			seg.Name, seg.Spec, seg.Conv = f.name, f.spec, f.conv
		}
		segs = append(segs, seg)
	}
}

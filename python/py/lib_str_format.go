package py

import "github.com/futurescope/futurescope/python/format"

// str.format_map: str.format's fields looked up in one mapping.
func init() {
	registerLib(StrType, map[string]MethodFunc{"format_map": strFormatMap})
}

// mapResolver answers str.format_map's questions: names are keys of m, positions are errors.
type mapResolver struct {
	*resolver
	m Object
}

// Positional reports that format_map has no positional arguments.
func (r *mapResolver) Positional(int) (any, error) {
	return nil, Errorf(ValueErrorType, "Format string contains positional fields")
}

// Keyword returns m[name].
func (r *mapResolver) Keyword(name string) (any, error) { return r.t.GetItem(r.m, NewStr(name)) }

func strFormatMap(t *Thread, self Object, args []Object, kwnames []string) (Object, error) {
	s, err := strArgs("format_map", self, args, kwnames, 1, 1)
	if err != nil {
		return nil, err
	}
	out, err := format.Render(s, &mapResolver{resolver: &resolver{t: t}, m: args[0]})
	if err != nil {
		return nil, fmtErr(err)
	}
	return NewStr(out), nil
}

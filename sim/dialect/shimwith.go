package script

// withItem is one "EXPR [as TARGET]" of a with statement.
type withItem struct {
	expr   fragment
	target *fragment // nil without "as"
}

// withPatch records a with statement, whose header became "if 1 … :".
type withPatch struct {
	pos   posKey
	items []withItem
}

// with shims the header of a with statement: the logical line starts with
// "with". Python 3.10's parenthesized form, with (A() as a, B() as b):, is
// recognized when a bracket pair encloses the whole header.
func (s *shimmer) with(line []token) {
	colon := -1
	for i := range line {
		if line[i].depth == 0 && line[i].is(":") {
			colon = i
			break
		}
	}
	if colon < 0 {
		// No header: let the parser report what is wrong after "with".
		s.ed.replace(line[0].off, line[0].end, "if  ")
		return
	}
	if colon < 2 {
		s.fail(&line[0], "invalid with statement: want with EXPR [as NAME]:")
		return
	}
	header, depth := line[1:colon], 0
	if header[0].is("(") && s.match[header[0].idx] == header[len(header)-1].idx {
		header, depth = header[1:len(header)-1], 1
	}
	p := &withPatch{pos: line[0].key()}
	for _, item := range splitTop(header, ",", depth) {
		if len(item) == 0 {
			continue // trailing comma
		}
		wi, ok := s.withItem(item, depth)
		if !ok {
			return
		}
		p.items = append(p.items, wi)
	}
	if len(p.items) == 0 {
		s.fail(&line[0], "invalid with statement: want with EXPR [as NAME]:")
		return
	}
	s.ed.blank(line[0].off, line[colon].off, "if 1")
	s.addPatch(p.pos, p)
}

// withItem splits one item at its "as".
func (s *shimmer) withItem(item []token, depth int) (withItem, bool) {
	for i := range item {
		if item[i].depth == depth && item[i].is("as") {
			if i == 0 || i == len(item)-1 {
				s.fail(&item[i], "invalid with item: want EXPR as NAME")
				return withItem{}, false
			}
			target := tokenFragment(item[i+1:])
			return withItem{expr: tokenFragment(item[:i]), target: &target}, true
		}
	}
	return withItem{expr: tokenFragment(item)}, true
}

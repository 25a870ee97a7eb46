package py

import (
	"strings"
	"unicode"

	"github.com/futurescope/futurescope/python/syntax"
)

type anchors struct {
	leftEndLine, leftEndOff, rightStartLine, rightStartOff int
}

// caretAnchors finds, as CPython 3.13's traceback module does, the operator
// of a binary operation or the brackets of a subscript or call in segment.
func caretAnchors(segment string) *anchors {
	if segment == "" {
		return nil
	}
	mod, err := syntax.Parse("<segment>", []byte("(\n"+segment+"\n)"))
	if err != nil || len(mod.Body) != 1 {
		return nil
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	lines := strings.Split(segment, "\n")
	valid := true
	normalize := func(ln, off int) int {
		if ln < 0 || ln >= len(lines) {
			valid = false
			return 0
		}
		return byteToChar(lines[ln], off)
	}
	nextValid := func(ln, col int) (int, int) {
		for ln < len(lines) && col >= runeLen(lines[ln]) {
			col = 0
			ln++
		}
		if ln >= len(lines) {
			valid = false
			return 0, 0
		}
		return ln, col
	}
	at := func(ln, col int) rune { return []rune(lines[ln])[col] }
	incrementUntil := func(ln, col int, stop func(rune) bool) (int, int) {
		for valid {
			ch := at(ln, col)
			if ch == '\\' || ch == '#' {
				ln, col = nextValid(ln+1, 0)
			} else if !stop(ch) {
				ln, col = nextValid(ln, col+1)
			} else {
				break
			}
		}
		return ln, col
	}
	endOf := func(e syntax.Expr, force bool) (int, int) {
		ln := e.End().Line - 2
		col := normalize(ln, e.End().Col)
		if force {
			return nextValid(ln, col)
		}
		return ln, col
	}
	var a *anchors
	switch x := es.Value.(type) {
	case *syntax.BinOp:
		ln, col := endOf(x.Left, true)
		if !valid {
			return nil
		}
		ln, col = incrementUntil(ln, col, func(r rune) bool { return !unicode.IsSpace(r) && r != ')' })
		if !valid {
			return nil
		}
		right := col + 1
		line := []rune(lines[ln])
		if right < len(line) && (x.Right.Pos().Line-2 > ln || right < normalize(x.Right.Pos().Line-2, x.Right.Pos().Col)) &&
			!unicode.IsSpace(line[right]) && line[right] != '\\' && line[right] != '#' {
			right++
		}
		a = &anchors{ln, col, ln, right}
	case *syntax.Subscript:
		ln, col := endOf(x.Value, true)
		if valid {
			ln, col = incrementUntil(ln, col, func(r rune) bool { return r == '[' })
		}
		rl, rc := endOf(x, false)
		a = &anchors{ln, col, rl, rc}
	case *syntax.Call:
		ln, col := endOf(x.Func, true)
		if valid {
			ln, col = incrementUntil(ln, col, func(r rune) bool { return r == '(' })
		}
		rl, rc := endOf(x, false)
		a = &anchors{ln, col, rl, rc}
	}
	if !valid {
		return nil
	}
	return a
}

func shouldShowCarets(start, end int, all []string, a *anchors) bool {
	if mod, err := syntax.Parse("<segment>", []byte(strings.Join(all, "\n"))); err == nil && len(mod.Body) > 0 {
		var value *syntax.Call
		switch st := mod.Body[0].(type) {
		case *syntax.Return:
			if c, ok := st.Value.(*syntax.Call); ok {
				if _, ok := c.Func.(*syntax.Name); ok {
					value = c
				}
			}
		case *syntax.Assign:
			if c, ok := st.Value.(*syntax.Call); ok && len(st.Targets) == 1 {
				if _, ok := st.Targets[0].(*syntax.Name); ok {
					value = c
				}
			}
		}
		if value != nil && value.Pos().Line == 1 && value.End().Line == len(all) &&
			byteToChar(all[0], value.Pos().Col) == start && byteToChar(all[len(all)-1], value.End().Col) == end {
			return false
		}
	}
	if a != nil {
		return true
	}
	r0 := []rune(all[0])
	rl := []rune(all[len(all)-1])
	if start <= len(r0) && strings.TrimLeftFunc(string(r0[:start]), unicode.IsSpace) != "" {
		return true
	}
	if end <= len(rl) && strings.TrimRightFunc(string(rl[end:]), unicode.IsSpace) != "" {
		return true
	}
	return false
}

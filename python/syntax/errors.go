package syntax

import (
	"fmt"
	"strings"
	"unicode"
)

// Error is a syntax error, as CPython's SyntaxError and its subclasses.
type Error struct {
	// Kind is "SyntaxError", "IndentationError" or "TabError".
	Kind string
	// Msg is the message, worded as CPython 3.13 words it.
	Msg string
	// Filename is the name given to Parse.
	Filename string
	// Line and Col are where the error starts (SyntaxError.lineno and
	// .offset: Line from 1, Col from 1 counted in characters).
	Line, Col int
	// EndLine and EndCol are where it ends, exclusive (.end_lineno and
	// .end_offset); zero when CPython gives none.
	EndLine, EndCol int
	// Text is the source line of Line, with its newline (.text); "" when
	// CPython gives none.
	Text string
}

// Error makes an error of the given kind ("SyntaxError", ...) spanning
// start to end in the module's source, with its source line and its
// columns converted to CPython's 1-based character offsets: what the
// compiler needs to report errors such as 'return' outside function.
func (m *Module) Error(kind, msg string, start, end Pos) *Error {
	text := lineText(m.src, start.Line)
	e := &Error{Kind: kind, Msg: msg, Filename: m.filename, Line: start.Line, Col: charCol(text, start.Col), Text: text}
	if end.Line > 0 {
		e.EndLine = end.Line
		if end.Line == start.Line {
			e.EndCol = charCol(text, end.Col)
		} else {
			e.EndCol = charCol(lineText(m.src, end.Line), end.Col)
		}
	}
	return e
}

// Source returns the module's source as parsed (decoded to UTF-8).
func (m *Module) Source() []byte { return m.src }

// Error returns "file:line:col: Kind: Msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// Traceback returns what CPython 3.13 prints on stderr when a script file
// fails with this error: the File line, the source line without its
// indentation, the carets under the error's range, and "Kind: Msg".
func (e *Error) Traceback() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	}
	if e.Text != "" && e.Line > 0 {
		rtext := []rune(strings.TrimRight(e.Text, "\n"))
		i := 0
		for i < len(rtext) && (rtext[i] == ' ' || rtext[i] == '\n' || rtext[i] == '\f') {
			i++
		}
		ltext := rtext[i:]
		spaces := i
		b.WriteString("    " + string(ltext) + "\n")
		if e.Col > 0 {
			offset := e.Col
			end := offset
			if e.Line == e.EndLine || e.EndLine == 0 {
				if e.EndCol != 0 {
					end = e.EndCol
				}
			} else {
				end = len(rtext) + 1
			}
			n := len([]rune(e.Text))
			if offset > n {
				offset = len(rtext) + 1
			}
			if end > n {
				end = len(rtext) + 1
			}
			if offset >= end || end < 0 {
				end = offset + 1
			}
			col, endCol := offset-1-spaces, end-1-spaces
			if col >= 0 {
				b.WriteString("    ")
				for k := 0; k < col && k < len(ltext); k++ {
					if unicode.IsSpace(ltext[k]) {
						b.WriteRune(ltext[k])
					} else {
						b.WriteByte(' ')
					}
				}
				b.WriteString(strings.Repeat("^", max(endCol-col, 0)))
				b.WriteString("\n")
			}
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

package syntax

// tokKind is the kind of a token.
type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tFStart  // f" : start of an f-string
	tFMiddle // literal text of an f-string
	tFEnd    // " : end of an f-string
	tError   // where the scanner stopped with an error
	tUnknown // a character no rule accepts ($, ?, `)

	// operators and delimiters
	tLpar
	tRpar
	tLsqb
	tRsqb
	tLbrace
	tRbrace
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVbar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVbarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRarrow
	tEllipsis
	tColonEqual
	tExclamation

	// keywords
	tFalse
	tNone
	tTrue
	tAnd
	tAs
	tAssert
	tAsync
	tAwait
	tBreak
	tClass
	tContinue
	tDef
	tDel
	tElif
	tElse
	tExcept
	tFinally
	tFor
	tFrom
	tGlobal
	tIf
	tImport
	tIn
	tIs
	tLambda
	tNonlocal
	tNot
	tOr
	tPass
	tRaise
	tReturn
	tTry
	tWhile
	tWith
	tYield
)

// token is one token: its kind and where it lies in the source, in 32
// bytes (a script has about one token every 3.5 bytes).
type token struct {
	kind        tokKind
	line, col   int32 // CPython's start position (column in bytes)
	eline, ecol int32 // and end position
	off, eoff   int32 // byte offsets into the source
	level       int32 // open brackets after the token
}

// mkToken makes a token.
func mkToken(k tokKind, pos, end Pos, off, eoff, level int) token {
	return token{kind: k, line: int32(pos.Line), col: int32(pos.Col), eline: int32(end.Line), ecol: int32(end.Col), off: int32(off), eoff: int32(eoff), level: int32(level)}
}

// pos is where the token starts.
func (t *token) pos() Pos { return Pos{int(t.line), int(t.col)} }

// endPos is where the token ends.
func (t *token) endPos() Pos { return Pos{int(t.eline), int(t.ecol)} }

// keyword returns the keyword kind of a name, or tName.
func keyword(s []byte) tokKind {
	switch string(s) {
	case "False":
		return tFalse
	case "None":
		return tNone
	case "True":
		return tTrue
	case "and":
		return tAnd
	case "as":
		return tAs
	case "assert":
		return tAssert
	case "async":
		return tAsync
	case "await":
		return tAwait
	case "break":
		return tBreak
	case "class":
		return tClass
	case "continue":
		return tContinue
	case "def":
		return tDef
	case "del":
		return tDel
	case "elif":
		return tElif
	case "else":
		return tElse
	case "except":
		return tExcept
	case "finally":
		return tFinally
	case "for":
		return tFor
	case "from":
		return tFrom
	case "global":
		return tGlobal
	case "if":
		return tIf
	case "import":
		return tImport
	case "in":
		return tIn
	case "is":
		return tIs
	case "lambda":
		return tLambda
	case "nonlocal":
		return tNonlocal
	case "not":
		return tNot
	case "or":
		return tOr
	case "pass":
		return tPass
	case "raise":
		return tRaise
	case "return":
		return tReturn
	case "try":
		return tTry
	case "while":
		return tWhile
	case "with":
		return tWith
	case "yield":
		return tYield
	}
	return tName
}

// isKeyword reports whether k is a keyword kind.
func isKeyword(k tokKind) bool { return k >= tFalse }

// operator returns the operator at the start of s and its length, or 0.
func operator(s []byte) (tokKind, int) {
	c := s[0]
	var c1, c2 byte
	if len(s) > 1 {
		c1 = s[1]
	}
	if len(s) > 2 {
		c2 = s[2]
	}
	switch c {
	case '(':
		return tLpar, 1
	case ')':
		return tRpar, 1
	case '[':
		return tLsqb, 1
	case ']':
		return tRsqb, 1
	case '{':
		return tLbrace, 1
	case '}':
		return tRbrace, 1
	case ',':
		return tComma, 1
	case ';':
		return tSemi, 1
	case '~':
		return tTilde, 1
	case ':':
		if c1 == '=' {
			return tColonEqual, 2
		}
		return tColon, 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return tEllipsis, 3
		}
		return tDot, 1
	case '+':
		if c1 == '=' {
			return tPlusEqual, 2
		}
		return tPlus, 1
	case '-':
		if c1 == '=' {
			return tMinEqual, 2
		}
		if c1 == '>' {
			return tRarrow, 2
		}
		return tMinus, 1
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return tDoubleStarEqual, 3
			}
			return tDoubleStar, 2
		}
		if c1 == '=' {
			return tStarEqual, 2
		}
		return tStar, 1
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return tDoubleSlashEqual, 3
			}
			return tDoubleSlash, 2
		}
		if c1 == '=' {
			return tSlashEqual, 2
		}
		return tSlash, 1
	case '|':
		if c1 == '=' {
			return tVbarEqual, 2
		}
		return tVbar, 1
	case '&':
		if c1 == '=' {
			return tAmperEqual, 2
		}
		return tAmper, 1
	case '^':
		if c1 == '=' {
			return tCircumflexEqual, 2
		}
		return tCircumflex, 1
	case '%':
		if c1 == '=' {
			return tPercentEqual, 2
		}
		return tPercent, 1
	case '@':
		if c1 == '=' {
			return tAtEqual, 2
		}
		return tAt, 1
	case '=':
		if c1 == '=' {
			return tEqEqual, 2
		}
		return tEqual, 1
	case '!':
		if c1 == '=' {
			return tNotEqual, 2
		}
		return tExclamation, 1
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				return tLeftShiftEqual, 3
			}
			return tLeftShift, 2
		}
		if c1 == '=' {
			return tLessEqual, 2
		}
		if c1 == '>' { // <> is not an operator in Python 3
			return tLess, 1
		}
		return tLess, 1
	case '>':
		if c1 == '>' {
			if c2 == '=' {
				return tRightShiftEqual, 3
			}
			return tRightShift, 2
		}
		if c1 == '=' {
			return tGreaterEqual, 2
		}
		return tGreater, 1
	}
	return 0, 0
}

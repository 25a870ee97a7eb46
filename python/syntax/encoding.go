package syntax

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// decodeSource returns the source as UTF-8, as CPython reads a file: in
// the encoding its coding cookie declares (PEP 263; UTF-8, ASCII and
// Latin-1 are supported), else UTF-8, which it must then be.
func decodeSource(filename string, src []byte) ([]byte, *Error) {
	enc := codingCookie(src)
	switch enc {
	case "", "utf-8", "utf8", "utf_8", "utf-8-sig", "ascii", "us-ascii":
	case "latin-1", "latin1", "latin_1", "iso-8859-1", "iso8859-1", "iso_8859_1", "l1":
		var b bytes.Buffer
		b.Grow(len(src) + len(src)/8)
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		src = b.Bytes()
	case "cp1252", "windows-1252", "iso-8859-15", "latin-9", "koi8-r", "koi8-u", "cp437", "cp850",
		"cp1251", "windows-1251", "shift_jis", "euc-jp", "euc-kr", "gbk", "gb2312", "gb18030", "big5",
		"utf-16", "utf-32", "mac-roman", "iso-8859-2", "cp1250":
		return nil, &Error{Kind: "SyntaxError", Msg: "encoding problem: " + enc + " (only UTF-8, ASCII and Latin-1 are supported yet)", Filename: filename}
	default:
		return nil, &Error{Kind: "SyntaxError", Msg: "encoding problem: " + enc, Filename: filename}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line := bytes.Count(src[:i], []byte("\n")) + 1
		start := bytes.LastIndexByte(src[:i], '\n') + 1
		return nil, &Error{Kind: "SyntaxError", Msg: "source code cannot contain null bytes", Filename: filename, Line: line, Text: string(src[start:i]) + "\n"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		line := bytes.Count(src[:i], []byte("\n")) + 1
		return nil, &Error{Kind: "SyntaxError", Msg: "Non-UTF-8 code starting with '\\x" + hex2(src[i]) + "' in file " + filename + " on line " + itoa(line) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details", Filename: filename}
	}
	return src, nil
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// codingCookie returns the encoding a coding comment on the first or
// second line declares, in lower case, or "".
func codingCookie(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	for n := 0; n < 2 && len(src) > 0; n++ {
		end := bytes.IndexByte(src, '\n')
		line := src
		if end >= 0 {
			line = src[:end]
			src = src[end+1:]
		} else {
			src = nil
		}
		t := strings.TrimLeft(string(line), " \t\f")
		if !strings.HasPrefix(t, "#") {
			if strings.TrimSpace(t) != "" {
				return ""
			}
			continue
		}
		if i := strings.Index(t, "coding"); i >= 0 && i+6 < len(t) && (t[i+6] == ':' || t[i+6] == '=') {
			rest := strings.TrimLeft(t[i+7:], " \t")
			j := 0
			for j < len(rest) && (isNameByte(rest[j]) || rest[j] == '-' || rest[j] == '.') {
				j++
			}
			return strings.ToLower(rest[:j])
		}
	}
	return ""
}

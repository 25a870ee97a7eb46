package py

import (
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/pystr"
)

// Str is a Python str: UTF-8 text plus a cached code-point count and hash.
type Str struct {
	S    string
	hash int64 // 0: not computed
	n    int32 // code points; -1: not computed
	// ascii is set once n is computed and every code point is ASCII.
	ascii bool
	sub   *subclass
	// buf, when set, holds S's bytes with room after them (concat.go).
	buf *strBuf
}

// Type returns StrType.
func (s *Str) Type() *Type {
	if s.sub != nil {
		return s.sub.cls
	}
	return StrType
}

// MaxStrLen bounds a str's size in bytes (a clear MemoryError beyond it).
const MaxStrLen = 1 << 26

var emptyStr = &Str{S: "", n: 0, ascii: true}

var charStrs = func() (t [128]*Str) {
	for i := range t {
		t[i] = &Str{S: string(rune(i)), n: 1, ascii: true}
	}
	return
}()

// NewStr returns s as a str object.
func NewStr(s string) *Str {
	if len(s) <= 1 {
		if s == "" {
			return emptyStr
		}
		if s[0] < 128 {
			return charStrs[s[0]]
		}
	}
	return &Str{S: s, n: -1}
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.n < 0 {
		n := 0
		ascii := true
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			n = len(s.S)
		} else {
			n = utf8.RuneCountInString(s.S)
		}
		s.n = int32(n)
		s.ascii = ascii
	}
	return int(s.n)
}

// IsASCII reports whether every code point is ASCII.
func (s *Str) IsASCII() bool {
	s.Len()
	return s.ascii
}

// Runes returns the code points.
func (s *Str) Runes() []rune { return []rune(s.S) }

// Index returns the i-th code point as a str (0 <= i < Len()).
func (s *Str) Index(i int) *Str {
	if s.IsASCII() {
		return charStrs[s.S[i]]
	}
	for j, r := range s.S {
		if i == 0 {
			return NewStr(s.S[j : j+utf8.RuneLen(r)])
		}
		i--
	}
	return emptyStr
}

// Hash returns the cached string hash (deterministic FNV-1a, never -1).
func (s *Str) Hash() int64 {
	if s.hash == 0 {
		h := uint64(14695981039346656037)
		for i := 0; i < len(s.S); i++ {
			h ^= uint64(s.S[i])
			h *= 1099511628211
		}
		v := int64(h >> 1)
		if v == 0 || v == -1 {
			v = 2
		}
		s.hash = v
	}
	return s.hash
}

// quoteStr returns CPython's repr of a str.
func quoteStr(s string) string { return pystr.Repr(s) }

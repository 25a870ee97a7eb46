package script

import (
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// A pk is a pickled value.
type pk interface {
	writeRepr(b *strings.Builder, depth int)
	typeName() string
}

// pkValue is an immutable built-in value (None, bool, int, float, complex, str, bytes): shared as is.
type pkValue struct{ v py.Object }

// pkSeq is a tuple ('t'), list ('l'), set ('s') or frozenset ('f').
type pkSeq struct {
	kind  byte
	items []pk
}

// pkDict is a dict.
type pkDict struct{ keys, vals []pk }

// pkGlobal is a function, class or built-in sent by reference.
type pkGlobal struct{ module, name string }

// pkInst is an instance of a module-level class.
type pkInst struct {
	cls  *pkGlobal
	dict *pkDict
}

// pkExc is an exception: its class, args and extra attributes.
type pkExc struct {
	cls  *pkGlobal
	args []pk
	dict *pkDict
}

// pkMethod is a bound method: its object and name.
type pkMethod struct {
	self pk
	name string
}

func (p *pkValue) writeRepr(b *strings.Builder, d int) { writeRepr(b, p.v, d) }
func (p *pkValue) typeName() string                    { return p.v.Type().Name }
func (p *pkSeq) typeName() string {
	return map[byte]string{'t': "tuple", 'l': "list", 's': "set", 'f': "frozenset"}[p.kind]
}
func (p *pkSeq) writeRepr(b *strings.Builder, d int) {
	open, close := map[byte]string{'t': "(", 'l': "[", 's': "{", 'f': "frozenset({"}[p.kind], map[byte]string{'t': ")", 'l': "]", 's': "}", 'f': "})"}[p.kind]
	if len(p.items) == 0 && p.kind != 't' && p.kind != 'l' {
		b.WriteString(p.typeName() + "()")
		return
	}
	b.WriteString(open)
	for i, x := range p.items {
		if i > 0 {
			b.WriteString(", ")
		}
		writeRepr(b, x, d+1)
	}
	if p.kind == 't' && len(p.items) == 1 {
		b.WriteString(",")
	}
	b.WriteString(close)
}
func (p *pkDict) typeName() string { return "dict" }
func (p *pkDict) writeRepr(b *strings.Builder, d int) {
	b.WriteString("{")
	for i := range p.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		writeRepr(b, p.keys[i], d+1)
		b.WriteString(": ")
		writeRepr(b, p.vals[i], d+1)
	}
	b.WriteString("}")
}
func (p *pkGlobal) typeName() string                    { return "function" }
func (p *pkGlobal) writeRepr(b *strings.Builder, _ int) { b.WriteString("<" + p.name + ">") }
func (p *pkInst) typeName() string                      { return lastPart(p.cls.name) }
func (p *pkInst) writeRepr(b *strings.Builder, _ int)   { b.WriteString("<" + p.cls.name + " object>") }
func (p *pkExc) typeName() string                       { return lastPart(p.cls.name) }
func (p *pkMethod) typeName() string                    { return "method" }
func (p *pkMethod) writeRepr(b *strings.Builder, _ int) {
	b.WriteString("<bound method " + p.name + ">")
}
func (p *pkExc) writeRepr(b *strings.Builder, d int) {
	b.WriteString(lastPart(p.cls.name) + "(")
	for i, x := range p.args {
		if i > 0 {
			b.WriteString(", ")
		}
		writeRepr(b, x, d+1)
	}
	b.WriteString(")")
}

func lastPart(s string) string { return s[strings.LastIndexByte(s, '.')+1:] }

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// module is what wasmsize reads from a WebAssembly binary: its sections, its function bodies named by
// the name section (absent from a binary linked with -s), and its data segments.
type module struct {
	sections []section
	funcs    []function
	data     []segment
}

// section is one section of the binary: its id, its name (custom sections only) and its size in bytes,
// header included.
type section struct {
	id   byte
	name string
	size int
}

// function is one function body: its name (empty when the binary has no name section) and its bytes.
type function struct {
	name string
	body []byte
}

// segment is one active data segment: where it lands in linear memory and its bytes.
type segment struct {
	offset uint64
	bytes  []byte
}

// sectionNames names the standard sections by id.
var sectionNames = [...]string{"custom", "type", "import", "function", "table", "memory", "global",
	"export", "start", "element", "code", "data", "datacount"}

// kindName returns a section's printable name.
func (s section) kindName() string {
	if s.id == 0 {
		return "custom:" + s.name
	}
	if int(s.id) < len(sectionNames) {
		return sectionNames[s.id]
	}
	return fmt.Sprintf("section%d", s.id)
}

// reader walks a byte slice, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(msg string) {
	if r.err == nil {
		r.err = errors.New("wasmsize: " + msg)
	}
}

func (r *reader) uleb() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("bad LEB128 number")
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) sleb() int64 {
	var v int64
	var shift uint
	for {
		b := r.byte1()
		if r.err != nil {
			return 0
		}
		v |= int64(b&0x7f) << shift
		shift += 7
		if b&0x80 == 0 {
			if shift < 64 && b&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 64 {
			r.fail("bad LEB128 number")
			return 0
		}
	}
}

func (r *reader) bytes(n uint64) []byte {
	if n > uint64(len(r.b)) {
		r.fail("truncated")
		r.b = nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) byte1() byte {
	b := r.bytes(1)
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

func (r *reader) name() string { return string(r.bytes(r.uleb())) }

// parse reads a WebAssembly module.
func parse(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("wasmsize: not a WebAssembly binary")
	}
	m := &module{}
	r := &reader{b: b[8:]}
	var importedFuncs int
	var bodies [][]byte
	names := map[int]string{}
	for len(r.b) > 0 && r.err == nil {
		start := len(r.b)
		id := r.byte1()
		payload := r.bytes(r.uleb())
		s := section{id: id, size: start - len(r.b)}
		p := &reader{b: payload}
		switch id {
		case 0:
			s.name = p.name()
			if s.name == "name" {
				readNames(p, names)
			}
		case 2:
			importedFuncs = countFuncImports(p)
		case 10:
			for n := p.uleb(); n > 0 && p.err == nil; n-- {
				bodies = append(bodies, p.bytes(p.uleb()))
			}
		case 11:
			m.data = readData(p)
		}
		if p.err != nil {
			return nil, fmt.Errorf("%v in section %s", p.err, s.kindName())
		}
		m.sections = append(m.sections, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	for i, body := range bodies {
		m.funcs = append(m.funcs, function{name: names[importedFuncs+i], body: body})
	}
	return m, nil
}

// readNames reads the function names subsection (id 1) of the name section into names.
func readNames(p *reader, names map[int]string) {
	for len(p.b) > 0 && p.err == nil {
		id := p.byte1()
		sub := &reader{b: p.bytes(p.uleb())}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			idx := sub.uleb()
			names[int(idx)] = sub.name()
		}
		if sub.err != nil {
			p.fail("bad name section")
		}
	}
}

// countFuncImports returns how many imports are functions: they come first in the function index space.
func countFuncImports(p *reader) int {
	funcs := 0
	for n := p.uleb(); n > 0 && p.err == nil; n-- {
		p.name()
		p.name()
		switch p.byte1() {
		case 0:
			p.uleb()
			funcs++
		case 1: // table: reftype, limits
			p.byte1()
			readLimits(p)
		case 2:
			readLimits(p)
		case 3: // global: valtype, mutability
			p.byte1()
			p.byte1()
		default:
			p.fail("bad import kind")
		}
	}
	return funcs
}

func readLimits(p *reader) {
	if p.byte1() == 1 {
		p.uleb()
	}
	p.uleb()
}

// readData reads active data segments whose offset is an i32.const expression, as Go's linker writes them.
func readData(p *reader) []segment {
	var segs []segment
	for n := p.uleb(); n > 0 && p.err == nil; n-- {
		if flags := p.uleb(); flags != 0 {
			p.fail("unsupported data segment kind")
			return segs
		}
		var off uint64
		switch op := p.byte1(); op {
		case 0x41: // i32.const
			off = uint64(p.sleb())
		default:
			p.fail("unsupported data segment offset")
			return segs
		}
		if p.byte1() != 0x0b {
			p.fail("bad data segment offset")
			return segs
		}
		segs = append(segs, segment{offset: off, bytes: p.bytes(p.uleb())})
	}
	return segs
}

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A region is a stretch of the linear memory the data segments fill, as the Go runtime's module data
// (runtime.firstmoduledata) bounds it: type metadata, the pclntab's tables, read-only data, writable
// data. bytes are the segments' bytes within it (runs of zeros are in no segment).
type region struct {
	name       string
	start, end uint64
	bytes      []byte
}

// pclnMagic starts the pclntab's header (internal/abi.Go120PCLnTabMagic), followed by two zero bytes,
// the minimum instruction size (1 on wasm) and the pointer size (8).
var pclnMagic = []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}

// memory is the linear memory the data segments describe, read by address.
type memory []segment

// read returns the n bytes at addr: zero where no segment fills them (the linker leaves runs of
// zeros out of the segments).
func (m memory) read(addr, n uint64) []byte {
	out := make([]byte, n)
	for _, s := range m {
		lo, hi := max(addr, s.offset), min(addr+n, s.offset+uint64(len(s.bytes)))
		if lo < hi {
			copy(out[lo-addr:], s.bytes[lo-s.offset:hi-s.offset])
		}
	}
	return out
}

// find returns the address of the first occurrence of pat in a segment, at an address that is a
// multiple of align; ok is false when there is none.
func (m memory) find(pat []byte, align uint64) (addr uint64, ok bool) {
	for _, s := range m {
		for i := 0; ; {
			j := bytes.Index(s.bytes[i:], pat)
			if j < 0 {
				break
			}
			if a := s.offset + uint64(i+j); a%align == 0 {
				return a, true
			}
			i += j + 1
		}
	}
	return 0, false
}

// span returns the segments' bytes in [start, end).
func (m memory) span(start, end uint64) []byte {
	var out []byte
	for _, s := range m {
		lo, hi := max(start, s.offset), min(end, s.offset+uint64(len(s.bytes)))
		if lo < hi {
			out = append(out, s.bytes[lo-s.offset:hi-s.offset]...)
		}
	}
	return out
}

// The offsets of runtime.moduledata's fields that bound the regions (Go 1.26's layout on a 64-bit
// target: a slice is three words). moduleFields names them in that order.
var moduleFields = []struct {
	off  uint64
	name string
}{
	{0, "pclntab header"}, {8, "pclntab: function names"}, {32, "pclntab: compilation units"},
	{56, "pclntab: file names"}, {80, "pclntab: pc tables"}, {104, "pclntab: function table"},
	{152, "pclntab: pc-to-function lookup and the rest"},
	{192, "noptrdata: writable data without pointers"},
	{200, "(after noptrdata)"}, {208, "data: writable data with pointers"}, {216, "(after data)"},
	{296, "types: type metadata"}, {304, "(after types)"},
	{312, "(rodata)"}, {320, "pclntab: stack maps and other function data"},
	{328, "(after pclntab: module data)"},
}

// typelinksOff is the offset of moduledata.typelinks, the offsets from types of the type descriptors
// the runtime looks up. Past the furthest of them the type data ends, near enough, and the strings,
// tables, embedded files and itabs the linker puts before etypes begin.
const typelinksOff = 360

// regions splits the data segments of a Go-built module at the bounds its runtime.firstmoduledata
// records. It finds the module data by the pointer to the pclntab's header, which it finds by magic.
func regions(segs []segment) ([]region, error) {
	m := memory(segs)
	hdr, ok := m.find(pclnMagic, 8)
	if !ok {
		return nil, errors.New("wasmsize: no pclntab header in the data (not a Go 1.20+ wasm binary?)")
	}
	var ptr [8]byte
	binary.LittleEndian.PutUint64(ptr[:], hdr)
	md, ok := m.find(ptr[:], 8)
	if !ok {
		return nil, errors.New("wasmsize: no module data pointing at the pclntab header")
	}
	type mark struct {
		addr uint64
		name string
	}
	var marks []mark
	for _, f := range moduleFields {
		if a := binary.LittleEndian.Uint64(m.read(md+f.off, 8)); a != 0 {
			marks = append(marks, mark{a, f.name})
		}
	}
	if types := binary.LittleEndian.Uint64(m.read(md+296, 8)); types != 0 {
		tl, n := binary.LittleEndian.Uint64(m.read(md+typelinksOff, 8)), binary.LittleEndian.Uint64(m.read(md+typelinksOff+8, 8))
		far := int64(-1)
		for i := uint64(0); i < min(n, 1<<20); i++ {
			far = max(far, int64(int32(binary.LittleEndian.Uint32(m.read(tl+4*i, 4)))))
		}
		if far >= 0 {
			marks = append(marks, mark{types + uint64(far) + 1, "rodata after the last typelinked type: strings, tables, embedded files, itabs"})
		}
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].addr < marks[j].addr })
	first, last := segs[0].offset, uint64(0)
	for _, s := range segs {
		first, last = min(first, s.offset), max(last, s.offset+uint64(len(s.bytes)))
	}
	out := []region{{name: "(before rodata)", start: first}}
	for _, k := range marks {
		if k.addr > last {
			continue
		}
		k.addr = max(k.addr, first)
		cur := &out[len(out)-1]
		if k.addr == cur.start { // two marks at one address: a field's own name beats "(after …)"
			if !strings.HasPrefix(k.name, "(") || strings.HasPrefix(cur.name, "(") {
				cur.name = k.name
			}
			continue
		}
		cur.end = k.addr
		out = append(out, region{name: k.name, start: k.addr})
	}
	out[len(out)-1].end = last
	var kept []region
	for _, r := range out {
		if r.bytes = m.span(r.start, r.end); len(r.bytes) > 0 {
			kept = append(kept, r)
		}
	}
	return kept, nil
}

// An embedded file is one file a package embeds, found in the data by its contents.
type embedded struct {
	pkg, name string
	size      int
	region    string // the region holding it, "" if not found (dropped by the linker, or too short to look for)
}

// findEmbedded looks for each embedded file of objs (at least 256 bytes) in the regions.
func findEmbedded(rs []region, objs []pkgData) []embedded {
	var out []embedded
	for _, d := range objs {
		for _, f := range d.embeds {
			b, err := os.ReadFile(filepath.Join(d.dir, f))
			if err != nil || len(b) < 256 {
				continue
			}
			e := embedded{pkg: d.path, name: f, size: len(b)}
			for _, r := range rs {
				if bytes.Contains(r.bytes, b[:256]) {
					e.region = r.name
					break
				}
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].size > out[j].size })
	return out
}

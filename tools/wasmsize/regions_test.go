package main

import (
	"encoding/binary"
	"testing"
)

// TestRegionsFollowTheModuleData lays out a memory as Go's linker does (types, the pclntab's header and
// tables, the module data, noptrdata, data) and splits it at the bounds the module data records.
func TestRegionsFollowTheModuleData(t *testing.T) {
	const (
		types, hdr, names, md, noptr, data, end = 0x1000, 0x2000, 0x2040, 0x3000, 0x4000, 0x4100, 0x4200
		typelinks                               = 0x2f00
	)
	mem := make([]byte, end)
	for i := types; i < end; i++ {
		mem[i] = 'x' // no zero runs: one segment
	}
	copy(mem[hdr:], pclnMagic)
	put := func(at, v uint64) { binary.LittleEndian.PutUint64(mem[at:], v) }
	for _, f := range []struct{ off, v uint64 }{
		{0, hdr}, {8, names}, {32, 0x2100}, {56, 0x2200}, {80, 0x2300}, {104, 0x2400}, {128, 0x2400}, {152, 0x2800},
		{192, noptr}, {200, data}, {208, data}, {216, end}, {296, types}, {304, hdr}, {312, types}, {320, 0x2600},
		{328, 0x2f00}, {typelinksOff, typelinks}, {typelinksOff + 8, 2},
	} {
		put(md+f.off, f.v)
	}
	binary.LittleEndian.PutUint32(mem[typelinks:], 0x10)
	binary.LittleEndian.PutUint32(mem[typelinks+4:], 0x7ff) // the furthest type starts at types+0x7ff
	rs, err := regions([]segment{{offset: types, bytes: mem[types:]}})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name       string
		start, end uint64
	}{
		{"types: type metadata", types, 0x1800},
		{"rodata after the last typelinked type: strings, tables, embedded files, itabs", 0x1800, hdr},
		{"pclntab header", hdr, names}, {"pclntab: function names", names, 0x2100},
		{"pclntab: compilation units", 0x2100, 0x2200}, {"pclntab: file names", 0x2200, 0x2300},
		{"pclntab: pc tables", 0x2300, 0x2400}, {"pclntab: function table", 0x2400, 0x2600},
		{"pclntab: stack maps and other function data", 0x2600, 0x2800},
		{"pclntab: pc-to-function lookup and the rest", 0x2800, 0x2f00},
		{"(after pclntab: module data)", 0x2f00, noptr},
		{"noptrdata: writable data without pointers", noptr, data},
		{"data: writable data with pointers", data, end},
	}
	if len(rs) != len(want) {
		for _, r := range rs {
			t.Logf("%s %#x-%#x", r.name, r.start, r.end)
		}
		t.Fatalf("%d regions, want %d", len(rs), len(want))
	}
	for i, w := range want {
		if r := rs[i]; r.name != w.name || r.start != w.start || r.end != w.end || len(r.bytes) != int(w.end-w.start) {
			t.Errorf("region %d = %q %#x-%#x (%d bytes), want %q %#x-%#x", i, r.name, r.start, r.end, len(r.bytes), w.name, w.start, w.end)
		}
	}
}

func TestRegionsNeedAPclntab(t *testing.T) {
	if _, err := regions([]segment{{offset: 1024, bytes: []byte("no go here")}}); err == nil {
		t.Error("regions of data without a pclntab header: no error")
	}
}

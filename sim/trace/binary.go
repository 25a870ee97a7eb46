package trace

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// The binary form of a trace is what a program hands another in the same build, where JSON would
// cost too much to read: the browser's simulator (a Web Worker) passes it to the timeline, which
// decodes a run of 100,000 futures (600,000 events) in a tenth of the time JSON takes. JSON stays the
// form of files and exports; the binary form carries no promise across versions beyond its magic and
// Version.
//
// Layout: the magic "FSTB", then unsigned varints and strings. A string is a reference: 0 followed
// by its length and bytes for a string not seen before (it joins the table), or n ≥ 1 for the
// table's string n-1; the table starts with "". After the magic: Version, the number of meta
// entries and each key and value (keys sorted), the number of events, then each event: Seq and Time
// as signed deltas from the previous event's, Kind, Thread, Process, Future, Target and Line as
// signed varints, Name, Args and Value.
const binaryMagic = "FSTB"

// EncodeBinary returns t in the binary form. Like Encode, it refuses a trace that Validate rejects.
func EncodeBinary(t *Trace) ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	e := binaryWriter{buf: make([]byte, 0, 16+t.Len()*16), table: map[string]int{"": 0}}
	e.buf = append(e.buf, binaryMagic...)
	e.buf = binary.AppendUvarint(e.buf, uint64(t.Version))
	keys := make([]string, 0, len(t.Meta))
	for k := range t.Meta {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.buf = binary.AppendUvarint(e.buf, uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(t.Meta[k])
	}
	e.buf = binary.AppendUvarint(e.buf, uint64(t.Len()))
	var seq, at int64
	for _, ev := range t.Events() {
		e.buf = binary.AppendVarint(e.buf, ev.Seq-seq)
		e.buf = binary.AppendVarint(e.buf, ev.Time-at)
		seq, at = ev.Seq, ev.Time
		e.str(string(ev.Kind))
		for _, n := range [...]int{ev.Thread, ev.Process, ev.Future, ev.Target, ev.Line} {
			e.buf = binary.AppendVarint(e.buf, int64(n))
		}
		e.str(ev.Name)
		e.str(ev.Args)
		e.str(ev.Value)
	}
	return e.buf, nil
}

// A binaryWriter appends to buf, writing each string once.
type binaryWriter struct {
	buf   []byte
	table map[string]int
}

func (e *binaryWriter) str(s string) {
	if i, ok := e.table[s]; ok {
		e.buf = binary.AppendUvarint(e.buf, uint64(i)+1)
		return
	}
	e.table[s] = len(e.table)
	e.buf = append(e.buf, 0)
	e.buf = binary.AppendUvarint(e.buf, uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// errBinary is the error of a binary trace that is cut short or malformed.
var errBinary = errors.New("trace: malformed binary trace")

// DecodeBinary reads a trace that EncodeBinary wrote. It checks the magic and the version first, and
// the trace it returns passes Validate; anything else is an error, never a panic.
func DecodeBinary(data []byte) (*Trace, error) {
	return DecodeBinaryPaced(data, 0, nil)
}

// A binaryReader reads data, keeping the first error; after one, it reads zeros and "".
type binaryReader struct {
	data  []byte
	table []string
	err   error
}

// fail records a malformation, unless an error came first.
func (d *binaryReader) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errBinary, what)
	}
}

// uint reads an unsigned varint no greater than limit.
func (d *binaryReader) uint(limit uint64) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data)
	if n <= 0 || v > limit {
		d.fail("a number cut short or out of range")
		return 0
	}
	d.data = d.data[n:]
	return v
}

// int reads a signed varint.
func (d *binaryReader) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.data)
	if n <= 0 {
		d.fail("a number cut short")
		return 0
	}
	d.data = d.data[n:]
	return v
}

func (d *binaryReader) str() string {
	ref := d.uint(uint64(len(d.table)))
	if d.err != nil {
		return ""
	}
	if ref > 0 {
		return d.table[ref-1]
	}
	size := d.uint(uint64(len(d.data)))
	if d.err == nil && size > uint64(len(d.data)) {
		d.fail("a string cut short")
	}
	if d.err != nil {
		return ""
	}
	s := string(d.data[:size])
	d.data = d.data[size:]
	d.table = append(d.table, s)
	return s
}

package trace

import "fmt"

// DecodeBinaryPaced reads a trace that EncodeBinary wrote, as DecodeBinary does (the same checks,
// the same errors, the same trace), but calls pause after every `every` events it reads (every < 1
// reads them all at once). A caller that shares its thread with other work (WebAssembly's, with a
// page: decoding 100,000 futures takes seconds there) lets that work run in pause.
func DecodeBinaryPaced(data []byte, every int, pause func()) (*Trace, error) {
	if len(data) < len(binaryMagic) || string(data[:len(binaryMagic)]) != binaryMagic {
		return nil, fmt.Errorf("trace: not a binary trace (it does not start with %q)", binaryMagic)
	}
	d := binaryReader{data: data[len(binaryMagic):], table: []string{""}}
	if v := int(d.uint(1 << 20)); d.err == nil && v != Version {
		return nil, fmt.Errorf("trace: binary trace of version %d, want %d", v, Version)
	}
	var meta map[string]string
	if n := d.uint(uint64(len(d.data))); n > 0 {
		meta = make(map[string]string, n)
		last := ""
		for i := range n {
			k := d.str()
			if i > 0 && k <= last {
				d.fail("meta keys out of order")
			}
			meta[k], last = d.str(), k
		}
	}
	// Each event takes at least 11 bytes, which bounds how many the data can hold.
	n := d.uint(uint64(len(d.data)) / 11)
	if d.err != nil {
		return nil, d.err
	}
	var l Store
	var ev, prev Event
	for i := range int(n) {
		if pause != nil && every > 0 && i > 0 && i%every == 0 {
			pause()
		}
		ev.Seq += d.int()
		ev.Time += d.int()
		ev.Kind = Kind(d.str())
		ev.Thread, ev.Process, ev.Future, ev.Target, ev.Line = int(d.int()), int(d.int()), int(d.int()), int(d.int()), int(d.int())
		ev.Name, ev.Args, ev.Value = d.str(), d.str(), d.str()
		if d.err != nil {
			return nil, d.err
		}
		if err := checkEvent(prev, ev, i); err != nil {
			return nil, fmt.Errorf("trace: event %d: %s", i, err)
		}
		if err := Check(ev); err != nil {
			return nil, fmt.Errorf("%w: event %d: %s", errBinary, i, err)
		}
		l.Add(ev)
		prev = ev
	}
	if len(d.data) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last event", errBinary, len(d.data))
	}
	return l.Trace(meta), nil
}

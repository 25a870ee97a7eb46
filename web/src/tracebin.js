// tracebin.js: the page's reader of a run's binary trace (the runner's traceBin: sim/trace's
// EncodeBinary, documented in sim/trace/binary.go), so that what reads a trace on the page reads the
// form the runner hands over, with no JSON written or parsed: a prediction block (predict.js) lists
// its events, and draws the part revealed so far from a prefix of those bytes.
//
// The form: the magic "FSTB", then unsigned varints and strings. A string is 0, its length and its
// UTF-8 bytes for one not seen before (it joins the table), or n ≥ 1 for the table's string n-1; the
// table starts with "". After the magic: the version, the number of meta entries and each key and
// value, the number of events, then each event: seq and t as signed deltas from the previous event's,
// kind, then thread, proc, future, target and line as signed varints, then name, args and value.
// Events refer only to what came before them, so the first n events of a trace are its header with
// the count n, and the bytes of those events as they are.

const magic = [0x46, 0x53, 0x54, 0x42]; // "FSTB"

/**
 * readTrace reads a binary trace (a Uint8Array): {version, meta, events, prefix(n)}. Each event has
 * the fields of the trace's JSON form (seq, t, kind, thread, proc, future, target, name, args, value,
 * line), the numbers 0 and the strings '' where the JSON leaves them out. prefix(n) returns the binary
 * trace of the first n events, as sim/trace would write them. It throws "trace: …" for bytes that are
 * not a binary trace, or are cut short.
 */
export function readTrace(bin) {
  const r = new Reader(bin);
  for (const b of magic) if (r.byte() !== b) throw new Error('trace: not a binary trace (it does not start with "FSTB")');
  const version = r.uint();
  const meta = {};
  for (let n = r.uint(); n > 0; n--) meta[r.str()] = r.str();
  const head = r.pos;
  const count = r.uint();
  const body = r.pos;
  const events = [];
  const starts = [];
  let seq = 0;
  let t = 0;
  for (let i = 0; i < count; i++) {
    starts.push(r.pos);
    seq += r.int();
    t += r.int();
    const kind = r.str();
    const [thread, proc, future, target, line] = [r.int(), r.int(), r.int(), r.int(), r.int()];
    events.push({seq, t, kind, thread, proc, future, target, line, name: r.str(), args: r.str(), value: r.str()});
  }
  if (r.pos !== bin.length) throw new Error('trace: malformed binary trace: bytes after its last event');
  starts.push(r.pos);
  return {
    version,
    meta,
    events,
    prefix(n) {
      n = Math.max(0, Math.min(n, events.length));
      const cnt = uvarint(n);
      const out = new Uint8Array(head + cnt.length + starts[n] - body);
      out.set(bin.subarray(0, head));
      out.set(cnt, head);
      out.set(bin.subarray(body, starts[n]), head + cnt.length);
      return out;
    },
  };
}

// uvarint returns n as an unsigned varint's bytes.
function uvarint(n) {
  const out = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

const utf8 = new TextDecoder();

// A Reader reads varints and strings from bytes, throwing at the first malformation. Numbers are
// JavaScript's: exact up to 2^53, far beyond a run's nanoseconds or counts.
class Reader {
  constructor(bin) {
    this.bin = bin;
    this.pos = 0;
    this.table = [''];
  }

  byte() {
    if (this.pos >= this.bin.length) throw new Error('trace: malformed binary trace: cut short');
    return this.bin[this.pos++];
  }

  uint() {
    let v = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = this.byte();
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      if (scale > 2 ** 49) throw new Error('trace: malformed binary trace: a number out of range');
    }
  }

  // int reads a signed (zigzag) varint, as Go's binary.Varint.
  int() {
    const u = this.uint();
    return u % 2 ? -(u + 1) / 2 : u / 2;
  }

  str() {
    const ref = this.uint();
    if (ref > this.table.length) throw new Error('trace: malformed binary trace: a string reference out of range');
    if (ref > 0) return this.table[ref - 1];
    const size = this.uint();
    if (size > this.bin.length - this.pos) throw new Error('trace: malformed binary trace: a string cut short');
    const s = utf8.decode(this.bin.subarray(this.pos, this.pos + size));
    this.pos += size;
    this.table.push(s);
    return s;
  }
}

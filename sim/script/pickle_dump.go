package script

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/futurescope/futurescope/python/py"
)

// pickle.dumps writes a pickled value (pk) as CPython 3.13's C pickler writes it with protocol 4 or
// 5: the same opcodes, memo and frames, so that the bytes are CPython's for the values a script
// pickles (None, bools, ints, floats, complex, str, bytes, tuples, lists, dicts, sets, frozensets,
// functions and classes by name, instances, exceptions, bound methods, __reduce__'s results).
// CPython memoizes a str by identity; here an identifier-like str (which CPython interns) is
// memoized by value, any other by identity, and the module and name of a global by value among
// themselves. A frame is cut at 64 KiB at the first object boundary past it.

// Pickle opcodes (CPython's Lib/pickle.py names).
const (
	opMark          = '('
	opStop          = '.'
	opNone          = 'N'
	opNewTrue       = 0x88
	opNewFalse      = 0x89
	opBinInt        = 'J'
	opBinInt1       = 'K'
	opBinInt2       = 'M'
	opLong1         = 0x8a
	opLong4         = 0x8b
	opBinFloat      = 'G'
	opShortUnicode  = 0x8c
	opBinUnicode    = 'X'
	opBinUnicode8   = 0x8d
	opShortBinBytes = 'C'
	opBinBytes      = 'B'
	opBinBytes8     = 0x8e
	opEmptyTuple    = ')'
	opTuple         = 't'
	opTuple1        = 0x85
	opTuple2        = 0x86
	opTuple3        = 0x87
	opEmptyList     = ']'
	opAppend        = 'a'
	opAppends       = 'e'
	opEmptyDict     = '}'
	opSetItem       = 's'
	opSetItems      = 'u'
	opEmptySet      = 0x8f
	opAddItems      = 0x90
	opFrozenSet     = 0x91
	opStackGlobal   = 0x93
	opMemoize       = 0x94
	opFrame         = 0x95
	opBinGet        = 'h'
	opLongBinGet    = 'j'
	opReduce        = 'R'
	opNewObj        = 0x81
	opBuild         = 'b'
	opProto         = 0x80
	opPop           = '0'
	opBinPut        = 'q'
	opLongBinPut    = 'r'
	opGlobal        = 'c'
	opNewObjEx      = 0x92
	opBinPersID     = 'Q'
)

const frameTarget = 64 * 1024

// A pkWriter writes one pickle.
type pkWriter struct {
	out   []byte // committed frames
	frame []byte // the current frame
	memo  map[any]int
	err   error
}

// dumpPickle writes v as pickle protocol proto (4 or 5).
func dumpPickle(v pk, proto int) ([]byte, error) {
	w := &pkWriter{memo: map[any]int{}}
	w.save(v)
	if w.err != nil {
		return nil, w.err
	}
	w.frame = append(w.frame, opStop)
	w.commit()
	return append([]byte{opProto, byte(proto)}, w.out...), nil
}

func (w *pkWriter) op(b ...byte) { w.frame = append(w.frame, b...) }

// commit ends the current frame: a FRAME header when it holds 4 bytes or more.
func (w *pkWriter) commit() {
	if len(w.frame) >= 4 {
		var h [9]byte
		h[0] = opFrame
		binary.LittleEndian.PutUint64(h[1:], uint64(len(w.frame)))
		w.out = append(w.out, h[:]...)
	}
	w.out = append(w.out, w.frame...)
	w.frame = w.frame[:0]
}

// memoize records the object just written under key.
func (w *pkWriter) memoize(key any) {
	w.memo[key] = len(w.memo)
	w.op(opMemoize)
}

// get writes a memo hit, if key was written before.
func (w *pkWriter) get(key any) bool {
	i, ok := w.memo[key]
	if !ok {
		return false
	}
	if i < 256 {
		w.op(opBinGet, byte(i))
	} else {
		w.op(opLongBinGet)
		w.frame = binary.LittleEndian.AppendUint32(w.frame, uint32(i))
	}
	return true
}

func (w *pkWriter) save(v pk) {
	if w.err != nil {
		return
	}
	w.saveOne(v)
	if len(w.frame) >= frameTarget {
		w.commit()
	}
}

func (w *pkWriter) saveOne(v pk) {
	switch x := v.(type) {
	case *pkValue:
		w.scalar(x.v)
		return
	}
	if w.get(v) {
		return
	}
	switch x := v.(type) {
	case *pkSeq:
		w.seq(x)
	case *pkDict:
		w.op(opEmptyDict)
		w.memoize(x)
		w.setItems(x)
	case *pkGlobal:
		w.saveGlobal(x)
	case *pkInst:
		w.saveGlobal(x.cls)
		w.op(opEmptyTuple, opNewObj)
		w.memoize(x)
		if x.dict != nil && len(x.dict.keys) > 0 {
			w.save(x.dict)
			w.op(opBuild)
		}
	case *pkExc:
		w.saveGlobal(x.cls)
		w.tuple(x.args)
		w.op(opReduce)
		w.memoize(x)
		if x.dict != nil && len(x.dict.keys) > 0 {
			w.save(x.dict)
			w.op(opBuild)
		}
	case *pkMethod:
		w.saveGlobal(&pkGlobal{module: "builtins", name: "getattr"})
		w.tuple([]pk{x.self, &pkValue{py.NewStr(x.name)}})
		w.op(opReduce)
		w.memoize(x)
	case *pkReduce:
		if x.newCls != nil {
			w.saveGlobal(x.newCls)
			w.op(opEmptyTuple, opNewObj)
		} else {
			w.save(x.fn)
			w.tuple(x.args)
			w.op(opReduce)
		}
		w.memoize(x)
		if x.state != nil {
			w.save(x.state)
			w.op(opBuild)
		}
	case *pkShared:
		w.err = py.Errorf(py.NotImplementedErrorType, "pickle.dumps: the simulator cannot write a shared multiprocessing object (a Manager's proxy, a Pipe's end) as bytes yet; pass it to the process or the task instead")
	default:
		w.err = py.Errorf(py.TypeErrorType, "cannot pickle '%s' object", v.typeName())
	}
}

// saveGlobal writes a global, from the memo if it was written before.
func (w *pkWriter) saveGlobal(g *pkGlobal) {
	key := "g\x00" + g.module + "\x00" + g.name
	if w.get(key) {
		return
	}
	w.global(g)
	w.memoize(key)
}

// global writes module and name and STACK_GLOBAL (the caller memoizes).
func (w *pkWriter) global(g *pkGlobal) {
	for _, s := range []string{g.module, g.name} {
		key := "s\x00" + s
		if !w.get(key) {
			w.str(s)
			w.memoize(key)
		}
	}
	w.op(opStackGlobal)
}

// tuple writes a tuple made for the occasion (a reduce's arguments).
func (w *pkWriter) tuple(items []pk) {
	w.seq(&pkSeq{kind: 't', items: items})
}

func (w *pkWriter) seq(x *pkSeq) {
	switch x.kind {
	case 't':
		if len(x.items) == 0 {
			w.op(opEmptyTuple)
			return
		}
		if len(x.items) <= 3 {
			for _, it := range x.items {
				w.save(it)
			}
			w.op([]byte{opTuple1, opTuple2, opTuple3}[len(x.items)-1])
		} else {
			w.op(opMark)
			for _, it := range x.items {
				w.save(it)
			}
			w.op(opTuple)
		}
		w.memoize(x)
	case 'l':
		w.op(opEmptyList)
		w.memoize(x)
		for i := 0; i < len(x.items); i += 1000 {
			batch := x.items[i:min(i+1000, len(x.items))]
			if len(batch) == 1 {
				w.save(batch[0])
				w.op(opAppend)
				continue
			}
			w.op(opMark)
			for _, it := range batch {
				w.save(it)
			}
			w.op(opAppends)
		}
	case 's':
		w.op(opEmptySet)
		w.memoize(x)
		for i := 0; i < len(x.items); i += 1000 {
			w.op(opMark)
			for _, it := range x.items[i:min(i+1000, len(x.items))] {
				w.save(it)
			}
			w.op(opAddItems)
		}
	case 'f':
		w.op(opMark)
		for _, it := range x.items {
			w.save(it)
		}
		w.op(opFrozenSet)
		w.memoize(x)
	}
}

func (w *pkWriter) setItems(d *pkDict) {
	for i := 0; i < len(d.keys); i += 1000 {
		end := min(i+1000, len(d.keys))
		if end-i == 1 {
			w.save(d.keys[i])
			w.save(d.vals[i])
			w.op(opSetItem)
			continue
		}
		w.op(opMark)
		for j := i; j < end; j++ {
			w.save(d.keys[j])
			w.save(d.vals[j])
		}
		w.op(opSetItems)
	}
}

// identifierLike reports whether CPython interns s: an ASCII identifier's letters, or one character.
func identifierLike(s string) bool {
	if utf8.RuneCountInString(s) == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		return r < 256
	}
	if s == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func (w *pkWriter) scalar(o py.Object) {
	switch x := o.(type) {
	case py.NoneType:
		w.op(opNone)
	case py.Bool:
		if x {
			w.op(opNewTrue)
		} else {
			w.op(opNewFalse)
		}
	case py.Int:
		w.int(big.NewInt(int64(x)))
	case *py.BigInt:
		w.int(x.V)
	case py.Float:
		w.op(opBinFloat)
		w.frame = binary.BigEndian.AppendUint64(w.frame, math.Float64bits(float64(x)))
	case *py.Str:
		var key any = x
		if identifierLike(x.S) {
			key = "v\x00" + x.S
		}
		if w.get(key) {
			return
		}
		w.str(x.S)
		w.memoize(key)
	case *py.Bytes:
		if w.get(x) {
			return
		}
		n := len(x.S)
		switch {
		case n < 256:
			w.op(opShortBinBytes, byte(n))
		case n <= math.MaxUint32:
			w.op(opBinBytes)
			w.frame = binary.LittleEndian.AppendUint32(w.frame, uint32(n))
		default:
			w.op(opBinBytes8)
			w.frame = binary.LittleEndian.AppendUint64(w.frame, uint64(n))
		}
		w.frame = append(w.frame, x.S...)
		w.memoize(x)
	case *py.Complex:
		w.saveGlobal(&pkGlobal{module: "builtins", name: "complex"})
		w.tuple([]pk{&pkValue{py.Float(real(x.V))}, &pkValue{py.Float(imag(x.V))}})
		w.op(opReduce)
		w.memo[new(int)] = len(w.memo)
		w.op(opMemoize)
	case py.EllipsisType:
		w.saveGlobal(&pkGlobal{module: "builtins", name: "Ellipsis"})
	default:
		w.err = py.Errorf(py.TypeErrorType, "cannot pickle '%s' object", o.Type().Name)
	}
}

// str writes a str's UTF-8 (surrogates passed through, as CPython's surrogatepass does).
func (w *pkWriter) str(s string) {
	n := len(s)
	switch {
	case n < 256:
		w.op(opShortUnicode, byte(n))
	case n <= math.MaxUint32:
		w.op(opBinUnicode)
		w.frame = binary.LittleEndian.AppendUint32(w.frame, uint32(n))
	default:
		w.op(opBinUnicode8)
		w.frame = binary.LittleEndian.AppendUint64(w.frame, uint64(n))
	}
	w.frame = append(w.frame, s...)
}

// int writes an int as the shortest of CPython's encodings.
func (w *pkWriter) int(v *big.Int) {
	if v.IsInt64() {
		n := v.Int64()
		switch {
		case n >= 0 && n < 256:
			w.op(opBinInt1, byte(n))
			return
		case n >= 0 && n < 65536:
			w.op(opBinInt2, byte(n), byte(n>>8))
			return
		case n >= math.MinInt32 && n <= math.MaxInt32:
			w.op(opBinInt)
			w.frame = binary.LittleEndian.AppendUint32(w.frame, uint32(int32(n)))
			return
		}
	}
	b := encodeLong(v)
	if len(b) < 256 {
		w.op(opLong1, byte(len(b)))
	} else {
		w.op(opLong4)
		w.frame = binary.LittleEndian.AppendUint32(w.frame, uint32(len(b)))
	}
	w.frame = append(w.frame, b...)
}

// encodeLong is pickle's encode_long: two's complement, little-endian, as short as it can be.
func encodeLong(v *big.Int) []byte {
	if v.Sign() == 0 {
		return nil
	}
	n := v.BitLen()/8 + 1
	// two's complement of v in n bytes
	m := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	t := new(big.Int).Set(v)
	if v.Sign() < 0 {
		t.Add(t, m)
	}
	be := t.FillBytes(make([]byte, n))
	out := make([]byte, n)
	for i := range be {
		out[i] = be[n-1-i]
	}
	if v.Sign() < 0 && n > 1 && out[n-1] == 0xff && out[n-2]&0x80 != 0 {
		out = out[:n-1]
	}
	return out
}

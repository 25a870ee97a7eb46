package script

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/futurescope/futurescope/python/py"
)

// pickle.loads reads the opcodes of protocols 2 to 5 that CPython's pickler writes for the values
// pickle_dump.go knows, into a pickled value (pk) that the unpickler then builds. Not yet: protocol 0
// and 1's text opcodes, persistent ids, out-of-band buffers, NEWOBJ_EX, EXT codes.

// A pkReader reads one pickle.
type pkReader struct {
	data  []byte
	pos   int
	stack []pk
	marks []int
	memo  map[int]pk
	ps    *proc
}

// loadPickle reads a pickle.
func (ps *proc) loadPickle(data []byte) (pk, error) {
	r := &pkReader{data: data, memo: map[int]pk{}, ps: ps}
	return r.run()
}

func (r *pkReader) fail(format string, args ...any) error {
	return py.Errorf(r.ps.cls.unpickling, format, args...)
}

var errTruncated = fmt.Errorf("pickle data was truncated")

func (r *pkReader) take(n int) ([]byte, error) {
	if n < 0 || r.pos+n > len(r.data) {
		return nil, errTruncated
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *pkReader) u8() (int, error) {
	b, err := r.take(1)
	if err != nil {
		return 0, err
	}
	return int(b[0]), nil
}

func (r *pkReader) u32() (int, error) {
	b, err := r.take(4)
	if err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint32(b)), nil
}

func (r *pkReader) u64() (int, error) {
	b, err := r.take(8)
	if err != nil {
		return 0, err
	}
	n := binary.LittleEndian.Uint64(b)
	if n > math.MaxInt32 {
		return 0, errTruncated
	}
	return int(n), nil
}

func (r *pkReader) push(v pk) { r.stack = append(r.stack, v) }

func (r *pkReader) pop() (pk, error) {
	if len(r.stack) == 0 || len(r.marks) > 0 && len(r.stack) == r.marks[len(r.marks)-1] {
		return nil, r.fail("unpickling stack underflow")
	}
	v := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	return v, nil
}

func (r *pkReader) top() (pk, error) {
	if len(r.stack) == 0 {
		return nil, r.fail("unpickling stack underflow")
	}
	return r.stack[len(r.stack)-1], nil
}

// popMark pops the items above the last mark.
func (r *pkReader) popMark() ([]pk, error) {
	if len(r.marks) == 0 {
		return nil, r.fail("could not find MARK")
	}
	m := r.marks[len(r.marks)-1]
	r.marks = r.marks[:len(r.marks)-1]
	items := append([]pk(nil), r.stack[m:]...)
	r.stack = r.stack[:m]
	return items, nil
}

// operands pops the items an op works on: the n on top of the stack for its single form (APPEND,
// SETITEM), or all above the last mark for its MARK form (APPENDS, ADDITEMS, SETITEMS).
func (r *pkReader) operands(marked bool, n int) ([]pk, error) {
	if marked {
		return r.popMark()
	}
	items := make([]pk, n)
	for i := n - 1; i >= 0; i-- {
		v, err := r.pop()
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

func (r *pkReader) run() (pk, error) {
	for {
		op, err := r.u8()
		if err != nil {
			return nil, r.fail("pickle data was truncated")
		}
		if op == opStop {
			v, err := r.pop()
			return v, err
		}
		if err := r.step(byte(op)); err != nil {
			if err == errTruncated {
				return nil, r.fail("pickle data was truncated")
			}
			return nil, err
		}
	}
}

func (r *pkReader) step(op byte) error {
	switch op {
	case opProto:
		p, err := r.u8()
		if err != nil {
			return err
		}
		if p > 5 {
			return py.Errorf(py.ValueErrorType, "unsupported pickle protocol: %d", p)
		}
	case opFrame:
		_, err := r.u64()
		return err
	case opNone:
		r.push(&pkValue{py.None})
	case opNewTrue, opNewFalse:
		r.push(&pkValue{py.NewBool(op == opNewTrue)})
	case opBinInt1, opBinInt2, opBinInt:
		n := map[byte]int{opBinInt1: 1, opBinInt2: 2, opBinInt: 4}[op]
		b, err := r.take(n)
		if err != nil {
			return err
		}
		var v int64
		switch n {
		case 1:
			v = int64(b[0])
		case 2:
			v = int64(binary.LittleEndian.Uint16(b))
		default:
			v = int64(int32(binary.LittleEndian.Uint32(b)))
		}
		r.push(&pkValue{py.MakeInt(v)})
	case opLong1, opLong4:
		var n int
		var err error
		if op == opLong1 {
			n, err = r.u8()
		} else {
			n, err = r.u32()
		}
		if err != nil {
			return err
		}
		b, err := r.take(n)
		if err != nil {
			return err
		}
		r.push(&pkValue{decodeLong(b)})
	case opBinFloat:
		b, err := r.take(8)
		if err != nil {
			return err
		}
		r.push(&pkValue{py.Float(math.Float64frombits(binary.BigEndian.Uint64(b)))})
	case opShortUnicode, opBinUnicode, opBinUnicode8, opShortBinBytes, opBinBytes, opBinBytes8:
		var n int
		var err error
		switch op {
		case opShortUnicode, opShortBinBytes:
			n, err = r.u8()
		case opBinUnicode, opBinBytes:
			n, err = r.u32()
		default:
			n, err = r.u64()
		}
		if err != nil {
			return err
		}
		b, err := r.take(n)
		if err != nil {
			return err
		}
		if op == opShortBinBytes || op == opBinBytes || op == opBinBytes8 {
			r.push(&pkValue{&py.Bytes{S: string(b)}})
		} else {
			r.push(&pkValue{py.NewStr(string(b))})
		}
	case opMark:
		r.marks = append(r.marks, len(r.stack))
	case opEmptyTuple:
		r.push(&pkSeq{kind: 't'})
	case opTuple1, opTuple2, opTuple3:
		n := int(op-opTuple1) + 1
		if len(r.stack) < n {
			return r.fail("unpickling stack underflow")
		}
		items := append([]pk(nil), r.stack[len(r.stack)-n:]...)
		r.stack = r.stack[:len(r.stack)-n]
		r.push(&pkSeq{kind: 't', items: items})
	case opTuple, opFrozenSet:
		items, err := r.popMark()
		if err != nil {
			return err
		}
		kind := byte('t')
		if op == opFrozenSet {
			kind = 'f'
		}
		r.push(&pkSeq{kind: kind, items: items})
	case opEmptyList:
		r.push(&pkSeq{kind: 'l'})
	case opEmptySet:
		r.push(&pkSeq{kind: 's'})
	case opEmptyDict:
		r.push(&pkDict{})
	case opAppend, opAppends, opAddItems:
		items, err := r.operands(op != opAppend, 1)
		if err != nil {
			return err
		}
		t, err := r.top()
		if err != nil {
			return err
		}
		s, ok := t.(*pkSeq)
		want := byte('l')
		if op == opAddItems {
			want = 's'
		}
		if !ok || s.kind != want {
			return r.fail("bad APPEND target")
		}
		s.items = append(s.items, items...)
	case opSetItem, opSetItems:
		items, err := r.operands(op == opSetItems, 2)
		if err != nil {
			return err
		}
		t, err := r.top()
		if err != nil {
			return err
		}
		d, ok := t.(*pkDict)
		if !ok || len(items)%2 != 0 {
			return r.fail("bad SETITEMS")
		}
		for i := 0; i < len(items); i += 2 {
			d.keys = append(d.keys, items[i])
			d.vals = append(d.vals, items[i+1])
		}
	case opMemoize:
		t, err := r.top()
		if err != nil {
			return err
		}
		r.memo[len(r.memo)] = t
	case opBinPut, opLongBinPut:
		var i int
		var err error
		if op == opBinPut {
			i, err = r.u8()
		} else {
			i, err = r.u32()
		}
		if err != nil {
			return err
		}
		t, err := r.top()
		if err != nil {
			return err
		}
		r.memo[i] = t
	case opBinGet, opLongBinGet:
		var i int
		var err error
		if op == opBinGet {
			i, err = r.u8()
		} else {
			i, err = r.u32()
		}
		if err != nil {
			return err
		}
		v, ok := r.memo[i]
		if !ok {
			return r.fail("Memo value not found at index %d", i)
		}
		r.push(v)
	case opStackGlobal:
		name, err := r.pop()
		if err != nil {
			return err
		}
		mod, err := r.pop()
		if err != nil {
			return err
		}
		ns, ok1 := name.(*pkValue)
		ms, ok2 := mod.(*pkValue)
		if !ok1 || !ok2 {
			return r.fail("STACK_GLOBAL requires str")
		}
		n, ok1 := ns.v.(*py.Str)
		m, ok2 := ms.v.(*py.Str)
		if !ok1 || !ok2 {
			return r.fail("STACK_GLOBAL requires str")
		}
		r.push(&pkGlobal{module: m.S, name: n.S})
	case opReduce, opNewObj:
		args, err := r.pop()
		if err != nil {
			return err
		}
		fn, err := r.pop()
		if err != nil {
			return err
		}
		a, ok := args.(*pkSeq)
		if !ok || a.kind != 't' {
			return r.fail("REDUCE argument must be a tuple")
		}
		if op == opNewObj {
			g, ok := fn.(*pkGlobal)
			if !ok || len(a.items) > 0 {
				return r.fail("NEWOBJ of this kind is not supported yet")
			}
			r.push(&pkReduce{newCls: g})
		} else {
			r.push(&pkReduce{fn: fn, args: a.items})
		}
	case opBuild:
		state, err := r.pop()
		if err != nil {
			return err
		}
		t, err := r.top()
		if err != nil {
			return err
		}
		red, ok := t.(*pkReduce)
		if !ok {
			return r.fail("BUILD of this kind is not supported yet")
		}
		red.state = state
	case opPop:
		_, err := r.pop()
		return err
	default:
		return r.fail("invalid load key, '%s'.", loadKey(op))
	}
	return nil
}

// loadKey shows an opcode byte as CPython's error does.
func loadKey(op byte) string {
	if op >= 0x20 && op < 0x7f {
		return string(rune(op))
	}
	return fmt.Sprintf("\\x%02x", op)
}

// decodeLong is pickle's decode_long.
func decodeLong(b []byte) py.Object {
	if len(b) == 0 {
		return py.MakeInt(0)
	}
	be := make([]byte, len(b))
	for i := range b {
		be[i] = b[len(b)-1-i]
	}
	v := new(big.Int).SetBytes(be)
	if b[len(b)-1]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return py.NewBigInt(v)
}

package py

import "math/bits"

// Built-ins that loop in Go (sum, min, sorted, list(...), str.join, "x" * n) count their work as
// instructions, so that the host hook comes during them as it comes during Python code: the simulator
// charges virtual CPU for them and a run's step limit stops sum(range(10**12)) as it stops
// `while True: pass`. An error the hook returns ends the built-in's loop and unwinds the thread.

// Bulk work (copying, repeating, joining) counts one instruction per itemsPerStep items or
// bytesPerStep bytes: CPython's C loops do about that much in the time of one bytecode.
const (
	itemsPerStep = 16
	bytesPerStep = 256
)

// tick counts one item of a built-in's loop (an item summed, compared, collected) as one instruction.
func (t *Thread) tick() error {
	if t.countdown--; t.countdown == 0 {
		t.countdown = t.Every
		t.Steps += t.Every
		if t.Hook != nil {
			return t.Hook(t, HookTick)
		}
	}
	return nil
}

// Charge counts n instructions' worth of work done in Go by a built-in or a host module's function,
// calling the hook at every Every instructions as the eval loop does; it returns the hook's error.
func (t *Thread) Charge(n uint64) error {
	for n >= t.countdown {
		n -= t.countdown
		t.countdown = t.Every
		t.Steps += t.Every
		if t.Hook != nil {
			if err := t.Hook(t, HookTick); err != nil {
				return err
			}
		}
	}
	t.countdown -= n
	return nil
}

// chargeItems counts the copying or scanning of n items.
func (t *Thread) chargeItems(n int) error {
	if n < itemsPerStep {
		return nil
	}
	return t.Charge(uint64(n / itemsPerStep))
}

// chargeBytes counts the building or scanning of n bytes of a str or bytes value.
func (t *Thread) chargeBytes(n int) error {
	if n < bytesPerStep {
		return nil
	}
	return t.Charge(uint64(n / bytesPerStep))
}

// scanned counts a scan that stopped at item i with the result found, err; err comes first.
func (t *Thread) scanned(i int, found bool, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	return found, t.chargeItems(i)
}

// chargeBig counts an int operation a op b whose result r is a big int: linear in the words of the
// operands for additions, shifts and bitwise operations, about n**1.585 (Karatsuba's) for
// multiplication, division and powers, so that a loop of huge multiplications is charged about the
// time it takes.
func (t *Thread) chargeBig(op int, a, b Object, r *BigInt) error {
	wa, wb, wr := bigWords(a), bigWords(b), len(r.V.Bits())
	switch op {
	case opMul, opPow, opMod, opFloorDiv, opDiv:
		lo, hi := min(wa, wb), max(wa, wb)
		if op == opPow {
			lo, hi = wr, wr
		}
		if lo < 8 {
			return t.chargeItems(lo * hi)
		}
		k := 1 // 3**bits.Len(lo), about lo**1.585
		for range bits.Len(uint(lo)) {
			k *= 3
		}
		return t.chargeItems(k / lo * hi)
	}
	return t.chargeItems(wa + wb + wr)
}

// bigWords is the size of an int in machine words.
func bigWords(o Object) int {
	switch x := o.(type) {
	case *BigInt:
		return len(x.V.Bits())
	case *IntSub:
		return bigWords(x.V)
	}
	return 1
}

// isSeqRepeat reports a value that * repeats.
func isSeqRepeat(o Object) bool {
	switch o.(type) {
	case *Str, *List, *Tuple, *Bytes:
		return true
	}
	return false
}

// isHugeInt reports an int beyond Py_ssize_t, which no size or count can be.
func isHugeInt(o Object) bool {
	_, ok := o.(*BigInt)
	return ok
}

// sizeError is the MemoryError for a value of about size bytes over the interpreter's limits: bare,
// as CPython's, when the machines this runs on could not hold it either (64 GB or more); else msg
// says which limit it passed.
func sizeError(size float64, msg string) error {
	if size >= 1<<36 {
		return NewException(MemoryErrorType)
	}
	return Errorf(MemoryErrorType, "%s", msg)
}

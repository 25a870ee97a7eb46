package py

import "math/big"

// bigRange is a range whose bounds do not fit in 64 bits (range(10**20)).
type bigRange struct{ start, stop, step *big.Int }

// Type returns RangeType.
func (*bigRange) Type() *Type { return RangeType }

func (r *bigRange) length() *big.Int {
	var lo, hi, step *big.Int
	if r.step.Sign() > 0 {
		lo, hi, step = r.start, r.stop, r.step
	} else {
		lo, hi, step = r.stop, r.start, new(big.Int).Neg(r.step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, step)
	return n.Add(n, big.NewInt(1))
}

func newBigRange(args []Object) *bigRange {
	r := &bigRange{start: new(big.Int), step: big.NewInt(1)}
	switch len(args) {
	case 1:
		r.stop = toBig(args[0])
	case 2:
		r.start, r.stop = toBig(args[0]), toBig(args[1])
	case 3:
		r.start, r.stop, r.step = toBig(args[0]), toBig(args[1]), toBig(args[2])
	}
	return r
}

func (t *Thread) bigRangeItem(r *bigRange, key Object) (Object, error) {
	i := toBig(key)
	if i == nil {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
	}
	n := r.length()
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	v := new(big.Int).Mul(i, r.step)
	return NewBigInt(v.Add(v, r.start)), nil
}

func (t *Thread) bigRangeRepr(r *bigRange) string {
	s := "range(" + r.start.String() + ", " + r.stop.String()
	if r.step.Cmp(big.NewInt(1)) != 0 {
		s += ", " + r.step.String()
	}
	return s + ")"
}

func (t *Thread) bigRangeContains(r *bigRange, item Object) bool {
	v := toBig(item)
	if v == nil {
		return false
	}
	n := r.length()
	if n.Sign() == 0 {
		return false
	}
	off := new(big.Int).Sub(v, r.start)
	q, m := new(big.Int).QuoRem(off, r.step, new(big.Int))
	return m.Sign() == 0 && q.Sign() >= 0 && q.Cmp(n) < 0
}

func (t *Thread) bigRangeIter(r *bigRange) Object {
	cur := new(big.Int).Set(r.start)
	left := r.length()
	return &GoIter{T: RangeIterType, NextT: func(t *Thread) (Object, error) {
		if left.Sign() <= 0 {
			return nil, nil
		}
		v := NewBigInt(new(big.Int).Set(cur))
		cur.Add(cur, r.step)
		left.Sub(left, big.NewInt(1))
		return v, nil
	}}
}

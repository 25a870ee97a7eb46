package py

import "testing"

// Ints from an intBox are ordinary Int objects: equal to, hashed as and type-switched like the ones
// MakeInt returns, each keeping its own value when the box moves on to a new block.
func TestIntBox(t *testing.T) {
	var b intBox
	var got []Object
	for v := int64(-3 * intBoxSize); v < 3*intBoxSize+1000; v += 7 {
		got = append(got, b.make(v))
	}
	m := map[Object]int64{}
	for i, o := range got {
		v := int64(-3*intBoxSize) + int64(i)*7
		x, ok := o.(Int)
		if !ok || int64(x) != v || o != MakeInt(v) {
			t.Fatalf("item %d: %#v, want Int(%d)", i, o, v)
		}
		m[o] = v
	}
	for k, v := range m {
		if m[MakeInt(v)] != v || int64(k.(Int)) != v {
			t.Fatalf("map key %v: %d", k, m[MakeInt(v)])
		}
	}
	if b.make(5) != smallInts[5-smallIntMin] {
		t.Error("a small int does not come from the table")
	}
}

// intFast agrees with Python's floor division and modulo for every sign, and leaves overflow and
// division by zero to the slow path.
func TestIntFast(t *testing.T) {
	cases := []struct {
		op      int
		a, b, r int64
		ok      bool
	}{
		{opMod, 7, 3, 1, true}, {opMod, -7, 3, 2, true}, {opMod, 7, -3, -2, true}, {opMod, -7, -3, -1, true},
		{opMod, 5, -1, 0, true}, {opMod, 5, 0, 0, false},
		{opFloorDiv, 7, 2, 3, true}, {opFloorDiv, -7, 2, -4, true}, {opFloorDiv, 7, -2, -4, true},
		{opFloorDiv, -7, -2, 3, true}, {opFloorDiv, -1 << 63, -1, 0, false}, {opFloorDiv, 1, 0, 0, false},
		{opAdd, 1<<62 + 1<<62 - 1, 1 << 62, 0, false}, {opSub, -1 << 63, 1, 0, false}, {opMul, 1 << 31, 2, 0, false},
		{opXor, 6, 3, 5, true},
	}
	for _, c := range cases {
		r, ok := intFast(c.op, c.a, c.b)
		if ok != c.ok || (ok && r != c.r) {
			t.Errorf("intFast(%d, %d, %d) = %d, %v; want %d, %v", c.op, c.a, c.b, r, ok, c.r, c.ok)
		}
	}
}

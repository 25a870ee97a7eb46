package py

import (
	"io"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortIsStableAndMatchesGo sorts random lists of (key, original position) pairs by key, in both
// directions, and checks the result against Go's stable sort: equal keys keep their order.
func TestSortIsStableAndMatchesGo(t *testing.T) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	rng := rand.New(rand.NewPCG(1, 2))
	key := NewBuiltin("key", func(t *Thread, args []Object, kw []string) (Object, error) {
		return args[0].(*Tuple).V[0], nil
	})
	for trial := 0; trial < 200; trial++ {
		n := rng.IntN(300)
		items := make([]Object, n)
		for i := range items {
			items[i] = NewTuple([]Object{MakeInt(rng.Int64N(10)), MakeInt(int64(i))})
		}
		for _, reverse := range []bool{false, true} {
			got := append([]Object(nil), items...)
			if err := th.sortItems(got, key, reverse); err != nil {
				t.Fatal(err)
			}
			want := append([]Object(nil), items...)
			slices.SortStableFunc(want, func(a, b Object) int {
				ka, kb := a.(*Tuple).V[0].(Int), b.(*Tuple).V[0].(Int)
				if reverse {
					ka, kb = kb, ka
				}
				return int(ka - kb)
			})
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d reverse=%v: sort differs from a stable sort", n, reverse)
			}
		}
	}
}

// TestSortStopsAtTheFirstError checks that a comparison error ends the sort with that error and
// leaves every item in the list.
func TestSortStopsAtTheFirstError(t *testing.T) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	items := []Object{MakeInt(3), NewStr("a"), MakeInt(1), MakeInt(2)}
	l := NewList(append([]Object(nil), items...))
	_, err := listSort(th, l, nil, nil)
	e, ok := err.(*Exception)
	if !ok || !e.Matches(TypeErrorType) {
		t.Fatalf("sort of mixed types: err = %v, want TypeError", err)
	}
	if len(l.V) != len(items) {
		t.Fatalf("after a failed sort the list has %d items, want %d", len(l.V), len(items))
	}
	for _, it := range items {
		if !slices.Contains(l.V, it) {
			t.Fatalf("item %v lost by a failed sort", it)
		}
	}
}

// TestSumCompensates checks sum's float path against values whose naive sum rounds differently.
func TestSumCompensates(t *testing.T) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	for _, tc := range []struct {
		items []float64
		want  float64
	}{
		{[]float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 1.0},
		{[]float64{1e100, 1.0, -1e100, 1.0}, 2.0},
		{[]float64{1e16, 1.0, 1.0}, 1.0000000000000002e16},
	} {
		objs := make([]Object, len(tc.items))
		for i, x := range tc.items {
			objs[i] = Float(x)
		}
		got, err := builtinSum(th, []Object{NewList(objs)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got != Float(tc.want) {
			t.Errorf("sum(%v) = %v, want %v", tc.items, got, tc.want)
		}
	}
}

package py

import (
	"cmp"
	"math"
	"slices"
)

// sortUniform sorts keys (and items alongside when keyed) when every key is a small int, every
// key a float other than NaN, or every key a str: for these < is a total order that cannot fail or
// call back into Python, so a pattern-defeating quicksort on (key, position) pairs gives the
// stable order CPython's sort gives, without calling the < operator. It reports whether it sorted.
func sortUniform(keys, items []Object, keyed bool) bool {
	if len(keys) < 2 {
		return false
	}
	switch keys[0].(type) {
	case Int:
		if all(keys, func(k Object) bool { _, ok := k.(Int); return ok }) {
			sortByOrdered(keys, items, keyed, func(k Object) int64 { return int64(k.(Int)) })
			return true
		}
	case Float:
		if all(keys, func(k Object) bool { f, ok := k.(Float); return ok && !math.IsNaN(float64(f)) }) {
			sortByOrdered(keys, items, keyed, func(k Object) float64 { return float64(k.(Float)) })
			return true
		}
	case *Str:
		if all(keys, func(k Object) bool { _, ok := k.(*Str); return ok }) {
			sortByOrdered(keys, items, keyed, func(k Object) string { return k.(*Str).S })
			return true
		}
	}
	return false
}

func all(keys []Object, ok func(Object) bool) bool {
	for _, k := range keys {
		if !ok(k) {
			return false
		}
	}
	return true
}

// sortPair is a key and the position it started at, which breaks ties so the sort is stable.
type sortPair[K cmp.Ordered] struct {
	k K
	i int
}

// sortByOrdered sorts by the Go value of each key (str order is code-point order, which is UTF-8
// byte order), equal keys keeping their positions.
func sortByOrdered[K cmp.Ordered](keys, items []Object, keyed bool, get func(Object) K) {
	pairs := make([]sortPair[K], len(keys))
	for i, k := range keys {
		pairs[i] = sortPair[K]{get(k), i}
	}
	slices.SortFunc(pairs, func(a, b sortPair[K]) int {
		if a.k < b.k {
			return -1
		}
		if b.k < a.k {
			return 1
		}
		return a.i - b.i
	})
	oldItems := append([]Object(nil), items...)
	var oldKeys []Object
	if keyed {
		oldKeys = append([]Object(nil), keys...)
	}
	for j, p := range pairs {
		items[j] = oldItems[p.i]
		if keyed {
			keys[j] = oldKeys[p.i]
		}
	}
}

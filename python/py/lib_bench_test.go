package py

import (
	"github.com/futurescope/futurescope/python/pystr"
	"io"
	"strings"
	"testing"
)

// benchInts returns n pseudo-random small ints.
func benchInts(n int) []Object {
	items := make([]Object, n)
	for i := range items {
		items[i] = MakeInt(int64(i*7919) % 100003)
	}
	return items
}

// BenchmarkSortInts sorts 200,000 ints (sorted(xs) on CPython 3.13 takes about 20 ms here).
func BenchmarkSortInts(b *testing.B) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	src := benchInts(200000)
	for b.Loop() {
		items := append([]Object(nil), src...)
		if err := th.sortItems(items, nil, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSortMixed sorts 200,000 ints with one float among them, so every comparison goes
// through the < operator.
func BenchmarkSortMixed(b *testing.B) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	src := append(benchInts(200000), Float(0.5))
	for b.Loop() {
		items := append([]Object(nil), src...)
		if err := th.sortItems(items, nil, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFindFromStart calls s.find(sub, start) on a 1 MB ASCII str.
func BenchmarkFindFromStart(b *testing.B) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	s := NewStr(strings.Repeat("0123456789 ", 100000))
	find := strFinder("find", nil, false)
	args := []Object{NewStr("789 0"), MakeInt(500)}
	for b.Loop() {
		if _, err := find(th, s, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitWhitespace splits a 1 MB ASCII str into 100,000 words (str.split()).
func BenchmarkSplitWhitespace(b *testing.B) {
	th := NewInterp(io.Discard, io.Discard).NewThread()
	s := NewStr(strings.Repeat("0123456789 ", 100000))
	split := strSplitter("split", pystr.Split, pystr.SplitWhitespace)
	for b.Loop() {
		if _, err := split(th, s, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

package pystr

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("héllo wörld 日本 ", 64) // 1,024 code points

func BenchmarkAtScan(b *testing.B) {
	n := Len(benchText)
	for i := 0; i < b.N; i++ {
		At(benchText, i%n)
	}
}

func BenchmarkIndexAt(b *testing.B) {
	x := NewIndex(benchText)
	n := x.Len()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.At(i % n)
	}
}

func BenchmarkRepr(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Repr("it's a \"test\"\n日本")
	}
}

func BenchmarkSplitWhitespace(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		SplitWhitespace("  the quick  brown fox\tjumps ", -1)
	}
}

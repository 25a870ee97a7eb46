package syntax

import (
	"os"
	"testing"
)

// BenchmarkParse parses a 50-line concurrency script (testdata/bench50.py).
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile("testdata/bench50.py")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench50.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

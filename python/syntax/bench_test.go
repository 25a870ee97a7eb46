package syntax

import (
	"os"
	"testing"
)

// BenchmarkParse parses a 50-line concurrency script (testdata/bench50.py).
// Besides wall time it reports cpu-ns/op, the process's CPU time per parse,
// which a machine shared with other work inflates less.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile("testdata/bench50.py")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := Parse("bench50.py", src); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if used := cpuTime() - start; used > 0 && n > 0 {
		b.ReportMetric(float64(used)/float64(n), "cpu-ns/op")
	}
}

package compare_test

import (
	"fmt"
	"testing"

	"github.com/futurescope/futurescope/compare"
)

// BenchmarkCompareManyFutures compares two runs of 5000 futures that finish in opposite orders, the
// worst case of the completion-order search.
func BenchmarkCompareManyFutures(b *testing.B) {
	const n = 5000
	var sim, rec []string
	for f := 1; f <= n; f++ {
		sim = append(sim, fmt.Sprintf("0 create %d", f))
		rec = append(rec, fmt.Sprintf("0 create %d", f))
	}
	for f := 1; f <= n; f++ {
		sim = append(sim, fmt.Sprintf("%d finish %d 2", f, f))
		rec = append(rec, fmt.Sprintf("%d finish %d 2", f, n+1-f))
	}
	s, r := run(nil, sim...), run(nil, rec...)
	b.ResetTimer()
	for range b.N {
		if len(compare.Compare(s, r, compare.Options{})) == 0 {
			b.Fatal("no differences")
		}
	}
}

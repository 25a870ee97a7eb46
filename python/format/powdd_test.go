package format

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestLn2DD(t *testing.T) {
	ln2 := ln2()
	hi, _ := ln2.Float64()
	rest := new(big.Float).SetPrec(powPrec).Sub(ln2, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	if hi != ln2DD.hi || lo != ln2DD.lo {
		t.Fatalf("log(2) = %x + %x, the constant says %x + %x", hi, lo, ln2DD.hi, ln2DD.lo)
	}
}

// TestPowFracAgreesWithBig compares the double-double powers with the exact big.Float ones on a
// seeded sample of bases and exponents.
func TestPowFracAgreesWithBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	differ := 0
	for i := 0; i < n; i++ {
		a := math.Exp(rng.NormFloat64() * 20)
		b := rng.NormFloat64() * 5
		if i%4 == 0 {
			b = float64(rng.IntN(129) - 64)
			if b == math.Trunc(b) && a < 1e-4 {
				continue
			}
		}
		var fast float64
		if b == math.Trunc(b) && math.Abs(b) <= 64 {
			var ok bool
			if fast, ok = powDD(a, int(b)); !ok {
				continue
			}
		} else {
			fast = powFrac(a, b)
		}
		exact := powBig(a, b)
		if fast != exact {
			differ++
			if differ < 10 {
				t.Errorf("%v ** %v: double-double %v, exact %v", a, b, fast, exact)
			}
		}
	}
	t.Logf("%d of %d powers differ", differ, n)
}

package digest

import "math/big"

// The SHA-2 constants are, as FIPS 180-4 defines them, bits of the fractional parts of the square and
// cube roots of the first primes: computed here exactly, with integer roots, rather than copied.

// primes returns the first n primes.
func primes(n int) []int64 {
	var ps []int64
	for c := int64(2); len(ps) < n; c++ {
		prime := true
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				prime = false
				break
			}
		}
		if prime {
			ps = append(ps, c)
		}
	}
	return ps
}

// rootBits returns floor(root(p) × 2^frac) mod 2^32 or 2^64 (by width), root the square root (k=2) or
// the cube root (k=3): the first frac bits of root(p)'s fractional part, the last width of them.
func rootBits(p int64, k, frac, width uint) uint64 {
	n := new(big.Int).Lsh(big.NewInt(p), k*frac)
	var r *big.Int
	if k == 2 {
		r = new(big.Int).Sqrt(n)
	} else {
		r = icbrt(n)
	}
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))
	return r.And(r, mask).Uint64()
}

// icbrt returns floor(cbrt(n)) for n > 0, by Newton's method from above.
func icbrt(n *big.Int) *big.Int {
	x := new(big.Int).Lsh(big.NewInt(1), uint(n.BitLen()+2)/3+1)
	three, two := big.NewInt(3), big.NewInt(2)
	for {
		// y = (2x + n/x²) / 3
		y := new(big.Int).Quo(n, new(big.Int).Mul(x, x))
		y.Add(y, new(big.Int).Mul(two, x))
		y.Quo(y, three)
		if y.Cmp(x) >= 0 {
			return x
		}
		x = y
	}
}

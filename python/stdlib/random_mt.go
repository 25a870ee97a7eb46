package stdlib

import (
	"math/big"

	"github.com/futurescope/futurescope/python/py"
)

// _random: the Mersenne Twister (MT19937) random uses, in Go as CPython's
// is in C, bit for bit: the same seeding from an int's 32-bit words
// (init_by_array), the same 53-bit floats and getrandbits, so that
// random.seed(1); random.random() prints CPython's number. lib/random.py's
// Random keeps one generator (_random.MT) in its _mt attribute and builds
// every distribution on random() and getrandbits() as CPython's does.

var mtType = goType("MT", "_random")

const (
	mtN       = 624
	mtM       = 397
	mtMatrix  = 0x9908b0df
	mtUpper   = 0x80000000
	mtLower   = 0x7fffffff
	mtInitMul = 1812433253
)

// mersenne is one generator's state: 624 words and the next word's index.
type mersenne struct {
	mt  [mtN]uint32
	idx int
}

// Type returns _random.MT.
func (*mersenne) Type() *py.Type { return mtType }

func (g *mersenne) initGenrand(s uint32) {
	g.mt[0] = s
	for i := 1; i < mtN; i++ {
		g.mt[i] = mtInitMul*(g.mt[i-1]^(g.mt[i-1]>>30)) + uint32(i)
	}
	g.idx = mtN
}

// initByArray seeds from key, as MT19937's reference init_by_array does.
func (g *mersenne) initByArray(key []uint32) {
	g.initGenrand(19650218)
	i, j := 1, 0
	for k := max(mtN, len(key)); k > 0; k-- {
		g.mt[i] = (g.mt[i] ^ ((g.mt[i-1] ^ (g.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i, j = i+1, j+1
		if i >= mtN {
			g.mt[0], i = g.mt[mtN-1], 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := mtN - 1; k > 0; k-- {
		g.mt[i] = (g.mt[i] ^ ((g.mt[i-1] ^ (g.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			g.mt[0], i = g.mt[mtN-1], 1
		}
	}
	g.mt[0] = 0x80000000
}

// seed seeds from a non-negative int: its 32-bit words, least significant
// first ([0] for zero).
func (g *mersenne) seed(n *big.Int) {
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

func (g *mersenne) twist() {
	mag := [2]uint32{0, mtMatrix}
	for k := 0; k < mtN; k++ {
		y := (g.mt[k] & mtUpper) | (g.mt[(k+1)%mtN] & mtLower)
		g.mt[k] = g.mt[(k+mtM)%mtN] ^ (y >> 1) ^ mag[y&1]
	}
	g.idx = 0
}

// uint32 returns the next tempered word.
func (g *mersenne) uint32() uint32 {
	if g.idx >= mtN {
		g.twist()
	}
	y := g.mt[g.idx]
	g.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	return y ^ (y >> 18)
}

// float returns a float in [0, 1) with 53 random bits.
func (g *mersenne) float() float64 {
	a, b := g.uint32()>>5, g.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits returns k random bits, the first word drawn the least significant.
func (g *mersenne) bits(k int) *big.Int {
	out := new(big.Int)
	for shift := 0; k > 0; shift, k = shift+32, k-32 {
		r := g.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(r)), uint(shift)))
	}
	return out
}

package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
	"sync"
)

// sha256K are SHA-256's round constants: the first 32 bits of the fractional parts of the cube roots of
// the first 64 primes.
var sha256K = sync.OnceValue(func() (k [64]uint32) {
	for i, p := range primes(64) {
		k[i] = uint32(rootBits(p, 3, 32, 32))
	}
	return k
})

// sha256IV and sha224IV: the first and the second 32 bits of the fractional parts of the square roots
// of the first eight primes and of the next eight.
var sha256IV = sync.OnceValues(func() (iv256, iv224 [8]uint64) {
	ps := primes(16)
	for i := range 8 {
		iv256[i] = rootBits(ps[i], 2, 32, 32)
		iv224[i] = rootBits(ps[8+i], 2, 64, 32)
	}
	return iv256, iv224
})

func sha256Block(s *[8]uint64, p []byte) {
	k := sha256K()
	for ; len(p) >= 64; p = p[64:] {
		var w [64]uint32
		for i := range 16 {
			w[i] = binary.BigEndian.Uint32(p[4*i:])
		}
		for i := 16; i < 64; i++ {
			s0 := bits.RotateLeft32(w[i-15], -7) ^ bits.RotateLeft32(w[i-15], -18) ^ w[i-15]>>3
			s1 := bits.RotateLeft32(w[i-2], -17) ^ bits.RotateLeft32(w[i-2], -19) ^ w[i-2]>>10
			w[i] = w[i-16] + s0 + w[i-7] + s1
		}
		var v [8]uint32
		for i := range v {
			v[i] = uint32(s[i])
		}
		a, b, c, d, e, f, g, h := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
		for i := range 64 {
			t1 := h + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) + (e&f ^ ^e&g) + k[i] + w[i]
			t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) + (a&b ^ a&c ^ b&c)
			a, b, c, d, e, f, g, h = t1+t2, a, b, c, d+t1, e, f, g
		}
		for i, x := range [8]uint32{a, b, c, d, e, f, g, h} {
			s[i] = uint64(uint32(s[i]) + x)
		}
	}
}

var (
	sha256Algo = &algo{name: "sha256", size: 32, block: 64, compress: sha256Block,
		iv: func() [8]uint64 { iv, _ := sha256IV(); return iv }}
	sha224Algo = &algo{name: "sha224", size: 28, block: 64, compress: sha256Block,
		iv: func() [8]uint64 { _, iv := sha256IV(); return iv }}
)

// NewSHA256 returns a SHA-256 digest.
func NewSHA256() hash.Hash { return newMD(sha256Algo) }

// NewSHA224 returns a SHA-224 digest.
func NewSHA224() hash.Hash { return newMD(sha224Algo) }

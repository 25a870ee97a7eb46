package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
	"sync"
)

// sha512K are SHA-512's round constants: the first 64 bits of the fractional parts of the cube roots of
// the first 80 primes.
var sha512K = sync.OnceValue(func() (k [80]uint64) {
	for i, p := range primes(80) {
		k[i] = rootBits(p, 3, 64, 64)
	}
	return k
})

// sha512IV and sha384IV: the first 64 bits of the fractional parts of the square roots of the first
// eight primes and of the next eight.
var sha512IV = sync.OnceValues(func() (iv512, iv384 [8]uint64) {
	ps := primes(16)
	for i := range 8 {
		iv512[i] = rootBits(ps[i], 2, 64, 64)
		iv384[i] = rootBits(ps[8+i], 2, 64, 64)
	}
	return iv512, iv384
})

func sha512Block(s *[8]uint64, p []byte) {
	k := sha512K()
	for ; len(p) >= 128; p = p[128:] {
		var w [80]uint64
		for i := range 16 {
			w[i] = binary.BigEndian.Uint64(p[8*i:])
		}
		for i := 16; i < 80; i++ {
			s0 := bits.RotateLeft64(w[i-15], -1) ^ bits.RotateLeft64(w[i-15], -8) ^ w[i-15]>>7
			s1 := bits.RotateLeft64(w[i-2], -19) ^ bits.RotateLeft64(w[i-2], -61) ^ w[i-2]>>6
			w[i] = w[i-16] + s0 + w[i-7] + s1
		}
		a, b, c, d, e, f, g, h := s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]
		for i := range 80 {
			t1 := h + (bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)) + (e&f ^ ^e&g) + k[i] + w[i]
			t2 := (bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)) + (a&b ^ a&c ^ b&c)
			a, b, c, d, e, f, g, h = t1+t2, a, b, c, d+t1, e, f, g
		}
		for i, x := range [8]uint64{a, b, c, d, e, f, g, h} {
			s[i] += x
		}
	}
}

var (
	sha512Algo = &algo{name: "sha512", size: 64, block: 128, wide: true, compress: sha512Block,
		iv: func() [8]uint64 { iv, _ := sha512IV(); return iv }}
	sha384Algo = &algo{name: "sha384", size: 48, block: 128, wide: true, compress: sha512Block,
		iv: func() [8]uint64 { _, iv := sha512IV(); return iv }}
)

// NewSHA512 returns a SHA-512 digest.
func NewSHA512() hash.Hash { return newMD(sha512Algo) }

// NewSHA384 returns a SHA-384 digest.
func NewSHA384() hash.Hash { return newMD(sha384Algo) }

package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

var sha1Algo = &algo{name: "sha1", size: 20, block: 64,
	iv: func() [8]uint64 { return [8]uint64{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0} },
	compress: func(s *[8]uint64, p []byte) {
		for ; len(p) >= 64; p = p[64:] {
			var w [80]uint32
			for i := range 16 {
				w[i] = binary.BigEndian.Uint32(p[4*i:])
			}
			for i := 16; i < 80; i++ {
				w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
			}
			a, b, c, d, e := uint32(s[0]), uint32(s[1]), uint32(s[2]), uint32(s[3]), uint32(s[4])
			for i := range 80 {
				var f, k uint32
				switch i / 20 {
				case 0:
					f, k = b&c|^b&d, 0x5a827999
				case 1:
					f, k = b^c^d, 0x6ed9eba1
				case 2:
					f, k = b&c|b&d|c&d, 0x8f1bbcdc
				default:
					f, k = b^c^d, 0xca62c1d6
				}
				a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+k+w[i], a, bits.RotateLeft32(b, 30), c, d
			}
			for i, v := range [5]uint32{a, b, c, d, e} {
				s[i] = uint64(uint32(s[i]) + v)
			}
		}
	},
}

// NewSHA1 returns a SHA-1 digest.
func NewSHA1() hash.Hash { return newMD(sha1Algo) }

package digest

import (
	"encoding/binary"
	"hash"
	"math"
	"math/bits"
	"sync"
)

// md5K are MD5's constants, RFC 1321's T[i]: the integer part of 2^32 × |sin(i+1)|.
var md5K = sync.OnceValue(func() (k [64]uint32) {
	for i := range k {
		k[i] = uint32(math.Floor(math.Abs(math.Sin(float64(i+1))) * (1 << 32)))
	}
	return k
})

// md5Shift are the rotations of each round's four steps.
var md5Shift = [4][4]int{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

var md5Algo = &algo{name: "md5", size: 16, block: 64, little: true,
	iv: func() [8]uint64 { return [8]uint64{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476} },
	compress: func(s *[8]uint64, p []byte) {
		k := md5K()
		for ; len(p) >= 64; p = p[64:] {
			var x [16]uint32
			for i := range x {
				x[i] = binary.LittleEndian.Uint32(p[4*i:])
			}
			a, b, c, d := uint32(s[0]), uint32(s[1]), uint32(s[2]), uint32(s[3])
			for i := range 64 {
				var f uint32
				var g int
				switch i / 16 {
				case 0:
					f, g = b&c|^b&d, i
				case 1:
					f, g = d&b|^d&c, (5*i+1)%16
				case 2:
					f, g = b^c^d, (3*i+5)%16
				default:
					f, g = c^(b|^d), 7*i%16
				}
				a, d, c, b = d, c, b, b+bits.RotateLeft32(a+f+k[i]+x[g], md5Shift[i/16][i%4])
			}
			s[0], s[1], s[2], s[3] = uint64(uint32(s[0])+a), uint64(uint32(s[1])+b), uint64(uint32(s[2])+c), uint64(uint32(s[3])+d)
		}
	},
}

// NewMD5 returns an MD5 digest.
func NewMD5() hash.Hash { return newMD(md5Algo) }

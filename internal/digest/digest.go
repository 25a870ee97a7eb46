// Package digest implements the message digests of Python's hashlib that are built on a block function
// (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512), HMAC and PBKDF2-HMAC, in plain Go: the same digests
// as Go's crypto packages, byte for byte, without linking what those bring along (crypto/internal/boring,
// crypto/cipher, AES-GCM, the FIPS 140 DRBG and its self-tests), which is about 37 KB of runner.wasm
// compressed. It is not constant-time and offers no FIPS mode: hashlib's digests in the simulator
// hash learners' strings, not secrets.
//
// Each New function returns a hash.Hash that also implements encoding.BinaryMarshaler and
// encoding.BinaryUnmarshaler (hashlib's HASH.copy()), its state readable only by a digest of the same
// algorithm.
package digest

import (
	"encoding/binary"
	"errors"
	"hash"
)

// An algo describes one digest: its sizes, initial state, block function and byte order.
type algo struct {
	name        string
	size, block int
	iv          func() [8]uint64
	compress    func(s *[8]uint64, p []byte) // p holds whole blocks
	little      bool                         // MD5: words and length little-endian
	wide        bool                         // 64-bit words, a 128-bit length
}

// md is a running Merkle–Damgård digest.
type md struct {
	a      *algo
	s      [8]uint64
	buf    [128]byte
	n      int    // bytes in buf
	length uint64 // bytes written
}

func newMD(a *algo) hash.Hash {
	d := &md{a: a}
	d.Reset()
	return d
}

func (d *md) Reset() {
	d.s, d.n, d.length = d.a.iv(), 0, 0
}

func (d *md) Size() int      { return d.a.size }
func (d *md) BlockSize() int { return d.a.block }

func (d *md) Write(p []byte) (int, error) {
	n := len(p)
	d.length += uint64(n)
	if d.n > 0 {
		k := copy(d.buf[d.n:d.a.block], p)
		d.n += k
		p = p[k:]
		if d.n < d.a.block {
			return n, nil
		}
		d.a.compress(&d.s, d.buf[:d.a.block])
		d.n = 0
	}
	if whole := len(p) / d.a.block * d.a.block; whole > 0 {
		d.a.compress(&d.s, p[:whole])
		p = p[whole:]
	}
	d.n = copy(d.buf[:], p)
	return n, nil
}

// Sum appends the digest of what was written to b, leaving d as it was.
func (d *md) Sum(b []byte) []byte {
	c := *d
	lenBytes := 8
	if c.a.wide {
		lenBytes = 16
	}
	pad := make([]byte, 0, 2*c.a.block)
	pad = append(pad, 0x80)
	for (int(c.length)+len(pad)+lenBytes)%c.a.block != 0 {
		pad = append(pad, 0)
	}
	bits := c.length << 3
	var l [16]byte
	switch {
	case c.a.little:
		binary.LittleEndian.PutUint64(l[:], bits)
	case c.a.wide:
		binary.BigEndian.PutUint64(l[:], c.length>>61) // the length's bits past 64
		binary.BigEndian.PutUint64(l[8:], bits)
	default:
		binary.BigEndian.PutUint64(l[:], bits)
	}
	c.Write(append(pad, l[:lenBytes]...))
	var out [64]byte
	for i, w := range c.s {
		switch {
		case c.a.wide:
			binary.BigEndian.PutUint64(out[8*i:], w)
		case c.a.little:
			binary.LittleEndian.PutUint32(out[4*i:], uint32(w))
		default:
			binary.BigEndian.PutUint32(out[4*i:], uint32(w))
		}
	}
	return append(b, out[:c.a.size]...)
}

// MarshalBinary returns d's state: the algorithm's name, the words, the buffered bytes and the length.
func (d *md) MarshalBinary() ([]byte, error) {
	b := append([]byte(d.a.name), 0)
	for _, w := range d.s {
		b = binary.BigEndian.AppendUint64(b, w)
	}
	b = binary.BigEndian.AppendUint64(b, d.length)
	return append(b, d.buf[:d.n]...), nil
}

// UnmarshalBinary restores a state MarshalBinary returned for the same algorithm.
func (d *md) UnmarshalBinary(b []byte) error {
	head := len(d.a.name) + 1 + 9*8
	if len(b) < head || string(b[:len(d.a.name)]) != d.a.name || b[len(d.a.name)] != 0 {
		return errors.New("digest: the state of another algorithm")
	}
	rest := b[len(d.a.name)+1:]
	for i := range d.s {
		d.s[i] = binary.BigEndian.Uint64(rest[8*i:])
	}
	d.length = binary.BigEndian.Uint64(rest[64:])
	buffered := rest[72:]
	if len(buffered) >= d.a.block || uint64(len(buffered)) != d.length%uint64(d.a.block) {
		return errors.New("digest: a malformed state")
	}
	d.n = copy(d.buf[:], buffered)
	return nil
}

package digest

import (
	"errors"
	"hash"
)

// hmacSum returns HMAC(key, msg) with the digest h makes (RFC 2104).
func hmacSum(h func() hash.Hash, key, msg []byte) []byte {
	d := h()
	if len(key) > d.BlockSize() {
		d.Write(key)
		key = d.Sum(nil)
		d.Reset()
	}
	pad := make([]byte, d.BlockSize())
	copy(pad, key)
	for i := range pad {
		pad[i] ^= 0x36
	}
	d.Write(pad)
	d.Write(msg)
	inner := d.Sum(nil)
	d.Reset()
	for i := range pad {
		pad[i] ^= 0x36 ^ 0x5c
	}
	d.Write(pad)
	d.Write(inner)
	return d.Sum(nil)
}

// PBKDF2 derives a key of keyLen bytes from password and salt with iter rounds of HMAC over the
// digest h makes (RFC 8018), as crypto/pbkdf2.Key does.
func PBKDF2(h func() hash.Hash, password string, salt []byte, iter, keyLen int) ([]byte, error) {
	if iter < 1 || keyLen < 1 {
		return nil, errors.New("pbkdf2: iterations and key length must be positive")
	}
	size := h().Size()
	if uint64(keyLen) > (1<<32-1)*uint64(size) {
		return nil, errors.New("pbkdf2: key length too long")
	}
	key := make([]byte, 0, keyLen+size)
	msg := append([]byte(nil), salt...)
	for block := uint32(1); len(key) < keyLen; block++ {
		u := hmacSum(h, []byte(password), append(msg, byte(block>>24), byte(block>>16), byte(block>>8), byte(block)))
		t := append([]byte(nil), u...)
		for range iter - 1 {
			u = hmacSum(h, []byte(password), u)
			for i := range t {
				t[i] ^= u[i]
			}
		}
		key = append(key, t...)
	}
	return key[:keyLen], nil
}

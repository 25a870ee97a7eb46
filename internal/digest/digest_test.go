package digest

import (
	"bytes"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"testing"
)

// pairs are each digest beside Go's own.
var pairs = []struct {
	name      string
	ours, std func() hash.Hash
}{
	{"md5", NewMD5, md5.New}, {"sha1", NewSHA1, sha1.New}, {"sha224", NewSHA224, sha256.New224},
	{"sha256", NewSHA256, sha256.New}, {"sha384", NewSHA384, sha512.New384}, {"sha512", NewSHA512, sha512.New},
}

// input returns n bytes that vary.
func input(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// TestDigestsMatchGo hashes every length up to three blocks and a megabyte, whole and in pieces.
func TestDigestsMatchGo(t *testing.T) {
	data := input(1 << 20)
	for _, p := range pairs {
		ours, std := p.ours(), p.std()
		if ours.Size() != std.Size() || ours.BlockSize() != std.BlockSize() {
			t.Errorf("%s: sizes %d/%d, want %d/%d", p.name, ours.Size(), ours.BlockSize(), std.Size(), std.BlockSize())
		}
		for _, n := range append(rangeTo(3*128+2), 1<<20) {
			ours.Reset()
			std.Reset()
			ours.Write(data[:n/3])
			ours.Write(data[n/3 : n/2])
			ours.Write(data[n/2 : n])
			std.Write(data[:n])
			if got, want := ours.Sum([]byte("x")), std.Sum([]byte("x")); !bytes.Equal(got, want) {
				t.Fatalf("%s of %d bytes = %x, want %x", p.name, n, got, want)
			}
		}
	}
}

func rangeTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// TestKnownAnswers checks the empty message against the standards' published digests.
func TestKnownAnswers(t *testing.T) {
	for _, c := range []struct {
		f    func() hash.Hash
		want string
	}{
		{NewMD5, "d41d8cd98f00b204e9800998ecf8427e"},
		{NewSHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
		{NewSHA256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	} {
		if got, want := hex.EncodeToString(c.f().Sum(nil)), c.want; got != want {
			t.Errorf("digest of nothing = %s, want %s", got, want)
		}
	}
}

// TestMarshalCopiesTheState is hashlib's HASH.copy(): a digest restored mid-message goes on as the
// original does; another algorithm's state is refused.
func TestMarshalCopiesTheState(t *testing.T) {
	data := input(1000)
	for _, p := range pairs {
		a := p.ours()
		a.Write(data[:333])
		state, err := a.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		b := p.ours()
		if err := b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		a.Write(data[333:])
		b.Write(data[333:])
		if !bytes.Equal(a.Sum(nil), b.Sum(nil)) {
			t.Errorf("%s: the copy's digest differs", p.name)
		}
		other := NewMD5()
		if p.name != "md5" && other.(encoding.BinaryUnmarshaler).UnmarshalBinary(state) == nil {
			t.Errorf("md5 took %s's state", p.name)
		}
	}
}

func TestPBKDF2MatchesGo(t *testing.T) {
	for _, p := range pairs {
		for _, c := range []struct {
			password string
			salt     []byte
			iter, n  int
		}{{"password", []byte("salt"), 1, 20}, {"pässword", input(40), 7, 100}, {string(input(300)), nil, 3, 5}} {
			got, err := PBKDF2(p.ours, c.password, c.salt, c.iter, c.n)
			if err != nil {
				t.Fatal(err)
			}
			want, err := pbkdf2.Key(p.std, c.password, c.salt, c.iter, c.n)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: PBKDF2(%q…, %d, %d) = %x, want %x", p.name, c.password[:min(8, len(c.password))], c.iter, c.n, got, want)
			}
		}
	}
	if _, err := PBKDF2(NewSHA256, "p", nil, 0, 10); err == nil {
		t.Error("PBKDF2 with 0 iterations: no error")
	}
}

func BenchmarkSHA256(b *testing.B) {
	data := input(1 << 16)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d := NewSHA256()
		d.Write(data)
		d.Sum(nil)
	}
}

package stdlib

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"

	"github.com/futurescope/futurescope/python/py"
)

// The hashlib module: message digests from Go's crypto packages (MD5, SHA-1,
// SHA-2, SHA-3, PBKDF2), which compute what OpenSSL computes for CPython.
//
// Has: md5 sha1 sha224 sha256 sha384 sha512 sha3_224 sha3_256 sha3_384
// sha3_512, new(name), HASH objects (update, digest, hexdigest, copy, name,
// digest_size, block_size), pbkdf2_hmac, algorithms_guaranteed and
// algorithms_available. Lacks: blake2b, blake2s, shake_128, shake_256,
// file_digest, scrypt. Hashing is Go code, so the simulator charges it no
// virtual CPU time (CPython's C hashing takes time, and releases the GIL
// for large data).

var hashType = goType("HASH", "_hashlib")

// hashObj is a running digest.
type hashObj struct {
	name string
	h    hash.Hash
}

// Type returns _hashlib.HASH.
func (*hashObj) Type() *py.Type { return hashType }

// hashMakers are the algorithms, by hashlib's names.
var hashMakers = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New,
	"sha3_224": func() hash.Hash { return sha3.New224() }, "sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() }, "sha3_512": func() hash.Hash { return sha3.New512() },
}

// bytesArg returns the bytes of a data argument, with CPython's errors.
func bytesArg(o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Bytes:
		return v.S, nil
	case *py.Str:
		return "", py.Errorf(py.TypeErrorType, "Strings must be encoded before hashing")
	}
	return "", py.Errorf(py.TypeErrorType, "object supporting the buffer API required")
}

func newHash(t *py.Thread, name string, data py.Object) (py.Object, error) {
	mk, ok := hashMakers[name]
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "unsupported hash type %s", name)
	}
	h := &hashObj{name: name, h: mk()}
	if data != nil {
		b, err := bytesArg(data)
		if err != nil {
			return nil, err
		}
		h.h.Write([]byte(b))
	}
	return h, nil
}

func hashConstructor(name string) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("openssl_"+name, args, kw, []string{"string", "usedforsecurity"}, 0)
		if err != nil {
			return nil, err
		}
		return newHash(t, name, a[0])
	}
}

func hashNew(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("new", args, kw, []string{"name", "string", "usedforsecurity"}, 1)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "new() argument 'name' must be str, not %s", a[0].Type().Name)
	}
	return newHash(t, name.S, a[1])
}

func hashMethod(fn func(h *hashObj, args []py.Object) (py.Object, error)) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "HASH method takes no keyword arguments")
		}
		return fn(self.(*hashObj), args)
	}
}

func init() {
	py.RegisterMethods(hashType, map[string]py.MethodFunc{
		"update": hashMethod(func(h *hashObj, args []py.Object) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.Errorf(py.TypeErrorType, "HASH.update() takes exactly one argument (%d given)", len(args))
			}
			b, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			h.h.Write([]byte(b))
			return py.None, nil
		}),
		"digest": hashMethod(func(h *hashObj, args []py.Object) (py.Object, error) {
			return &py.Bytes{S: string(h.h.Sum(nil))}, nil
		}),
		"hexdigest": hashMethod(func(h *hashObj, args []py.Object) (py.Object, error) {
			return py.NewStr(hex.EncodeToString(h.h.Sum(nil))), nil
		}),
		"copy": hashMethod(func(h *hashObj, args []py.Object) (py.Object, error) {
			c := &hashObj{name: h.name, h: hashMakers[h.name]()}
			state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
			if err == nil {
				err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
			}
			if err != nil {
				return nil, py.Errorf(py.ValueErrorType, "HASH.copy(): %v", err)
			}
			return c, nil
		}),
	})
	hashType.SetAttr("name", py.GoProperty("name", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*hashObj).name), nil
	}))
	hashType.SetAttr("digest_size", py.GoProperty("digest_size", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*hashObj).h.Size())), nil
	}))
	hashType.SetAttr("block_size", py.GoProperty("block_size", func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.MakeInt(int64(self.(*hashObj).h.BlockSize())), nil
	}))
	py.RegisterCoreModule("hashlib", makeHashlib)
}

func makeHashlib(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("hashlib")
	names := sortedNames(hashMakers)
	algos := py.NewSet(true)
	t := in.NewThread()
	for _, n := range names {
		b := py.NewBuiltin("openssl_"+n, hashConstructor(n))
		b.Module = "_hashlib"
		m.SetAttr(n, b)
		if err := algos.Add(t, py.NewStr(n)); err != nil {
			return nil, err
		}
	}
	m.SetAttr("algorithms_guaranteed", algos)
	m.SetAttr("algorithms_available", algos)
	m.SetAttr("new", py.NewBuiltin("new", hashNew))
	m.SetAttr("pbkdf2_hmac", py.NewBuiltin("pbkdf2_hmac", pbkdf2HMAC))
	return m, nil
}

func pbkdf2HMAC(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
	a, err := py.UnpackArgs("pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 4)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", a[0].Type().Name)
	}
	mk, ok := hashMakers[name.S]
	if !ok {
		return nil, py.Errorf(py.ValueErrorType, "unsupported hash type %s", name.S)
	}
	password, err := bytesArg(a[1])
	if err != nil {
		return nil, err
	}
	salt, err := bytesArg(a[2])
	if err != nil {
		return nil, err
	}
	iter, err := t.ToInt64(a[3])
	if err != nil {
		return nil, err
	}
	if iter < 1 {
		return nil, py.Errorf(py.ValueErrorType, "iteration value must be greater than 0.")
	}
	dklen := int64(mk().Size())
	if a[4] != nil && a[4] != py.None {
		if dklen, err = t.ToInt64(a[4]); err != nil {
			return nil, err
		}
		if dklen < 1 {
			return nil, py.Errorf(py.ValueErrorType, "key length must be greater than 0.")
		}
	}
	key, err := pbkdf2.Key(mk, password, []byte(salt), int(iter), int(dklen))
	if err != nil {
		return nil, py.Errorf(py.ValueErrorType, "pbkdf2_hmac: %v", err)
	}
	return &py.Bytes{S: string(key)}, nil
}

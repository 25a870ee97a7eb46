package stdlib

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"hash/crc32"
	"strings"

	"github.com/futurescope/futurescope/python/py"
)

// The base64 module on Go's encoding packages.
//
// Has: b64encode, b64decode (altchars, validate), standard_b64encode,
// standard_b64decode, urlsafe_b64encode, urlsafe_b64decode, b32encode,
// b32decode, b16encode, b16decode (casefold), encodebytes, decodebytes.
// Lacks: a85, b85, z85 and the legacy file functions. Decoding errors are
// binascii.Error (a ValueError).

// The binascii module, what base64 needs of it.
//
// Has: Error, hexlify, unhexlify, b2a_hex, a2b_hex, crc32.
// Lacks: a2b_base64, b2a_base64, a2b_qp, b2a_qp, a2b_uu, b2a_uu, crc_hqx,
// Incomplete.

// binasciiError is binascii.Error.
var binasciiError = py.NewExceptionType("Error", "binascii", py.ValueErrorType)

func init() {
	py.RegisterCoreModule("base64", makeBase64)
	py.RegisterCoreModule("binascii", makeBinascii)
}

func makeBinascii(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("binascii")
	m.SetAttr("Error", binasciiError)
	hexlify := func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "hexlify() takes exactly one argument (%d given)", len(args))
		}
		s, err := binaryArg(args[0], false)
		if err != nil {
			return nil, err
		}
		return &py.Bytes{S: hex.EncodeToString([]byte(s))}, nil
	}
	unhexlify := func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeErrorType, "unhexlify() takes exactly one argument (%d given)", len(args))
		}
		s, err := binaryArg(args[0], true)
		if err != nil {
			return nil, err
		}
		if len(s)%2 == 1 {
			return nil, py.Errorf(binasciiError, "Odd-length string")
		}
		out, err := hex.DecodeString(s)
		if err != nil {
			return nil, py.Errorf(binasciiError, "Non-hexadecimal digit found")
		}
		return &py.Bytes{S: string(out)}, nil
	}
	crc := func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs("crc32", args, kw, []string{"data", "crc"}, 1)
		if err != nil {
			return nil, err
		}
		s, err := binaryArg(a[0], false)
		if err != nil {
			return nil, err
		}
		var start uint32
		if a[1] != nil {
			v, err := t.ToInt64(a[1])
			if err != nil {
				return nil, err
			}
			start = uint32(v)
		}
		return py.MakeInt(int64(crc32.Update(start, crc32.IEEETable, []byte(s)))), nil
	}
	funcs := map[string]py.BuiltinFunc{"hexlify": hexlify, "b2a_hex": hexlify, "unhexlify": unhexlify,
		"a2b_hex": unhexlify, "crc32": crc}
	for _, name := range sortedNames(funcs) {
		b := py.NewBuiltin(name, funcs[name])
		b.Module = "binascii"
		m.SetAttr(name, b)
	}
	return m, nil
}

// binaryArg accepts bytes, or an ASCII str where CPython decodes one.
func binaryArg(o py.Object, strOK bool) (string, error) {
	switch v := o.(type) {
	case *py.Bytes:
		return v.S, nil
	case *py.Str:
		if strOK {
			if !v.IsASCII() {
				return "", py.Errorf(py.ValueErrorType, "string argument should contain only ASCII characters")
			}
			return v.S, nil
		}
	}
	return "", py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func encoder(name string, enc func(string) string) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs(name, args, kw, []string{"s", "altchars"}, 1)
		if err != nil {
			return nil, err
		}
		s, err := binaryArg(a[0], false)
		if err != nil {
			return nil, err
		}
		out := enc(s)
		if a[1] != nil && a[1] != py.None {
			alt, err := binaryArg(a[1], false)
			if err != nil || len(alt) != 2 {
				return nil, py.Errorf(py.ValueErrorType, "altchars must be a bytes-like object of length 2")
			}
			out = strings.NewReplacer("+", alt[:1], "/", alt[1:]).Replace(out)
		}
		return &py.Bytes{S: out}, nil
	}
}

func decoder(name string, dec func(string) ([]byte, error), urlsafe bool) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
		a, err := py.UnpackArgs(name, args, kw, []string{"s", "altchars", "validate"}, 1)
		if err != nil {
			return nil, err
		}
		s, err := binaryArg(a[0], true)
		if err != nil {
			return nil, err
		}
		if urlsafe {
			s = strings.NewReplacer("-", "+", "_", "/").Replace(s)
		}
		if a[1] != nil && a[1] != py.None {
			alt, err := binaryArg(a[1], true)
			if err != nil || len(alt) != 2 {
				return nil, py.Errorf(py.ValueErrorType, "altchars must be a bytes-like object of length 2")
			}
			s = strings.NewReplacer(alt[:1], "+", alt[1:], "/").Replace(s)
		}
		// Like binascii in non-strict mode: characters outside the alphabet are dropped.
		s = strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' || r == '=' {
				return r
			}
			return -1
		}, s)
		out, err := dec(s)
		if err != nil {
			return nil, py.Errorf(binasciiError, "Incorrect padding")
		}
		return &py.Bytes{S: string(out)}, nil
	}
}

func makeBase64(in *py.Interp) (*py.Module, error) {
	m := py.NewModule("base64")
	std := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	url := func(s string) string { return base64.URLEncoding.EncodeToString([]byte(s)) }
	stdDec := func(s string) ([]byte, error) { return base64.StdEncoding.DecodeString(s) }
	funcs := map[string]py.BuiltinFunc{
		"b64encode": encoder("b64encode", std), "standard_b64encode": encoder("standard_b64encode", std),
		"urlsafe_b64encode": encoder("urlsafe_b64encode", url),
		"b64decode":         decoder("b64decode", stdDec, false), "standard_b64decode": decoder("standard_b64decode", stdDec, false),
		"urlsafe_b64decode": decoder("urlsafe_b64decode", stdDec, true),
		"b32encode":         encoder("b32encode", func(s string) string { return base32.StdEncoding.EncodeToString([]byte(s)) }),
		"b16encode":         encoder("b16encode", func(s string) string { return strings.ToUpper(hex.EncodeToString([]byte(s))) }),
		"encodebytes": encoder("encodebytes", func(s string) string {
			enc := std(s)
			var b strings.Builder
			for len(enc) > 76 {
				b.WriteString(enc[:76] + "\n")
				enc = enc[76:]
			}
			if enc != "" {
				b.WriteString(enc + "\n")
			}
			return b.String()
		}),
		"decodebytes": decoder("decodebytes", stdDec, false),
		"b32decode": func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("b32decode", args, kw, []string{"s", "casefold", "map01"}, 1)
			if err != nil {
				return nil, err
			}
			s, err := binaryArg(a[0], true)
			if err != nil {
				return nil, err
			}
			if a[1] != nil && a[1] != py.False {
				s = strings.ToUpper(s)
			}
			out, err := base32.StdEncoding.DecodeString(s)
			if err != nil {
				return nil, py.Errorf(binasciiError, "Incorrect padding")
			}
			return &py.Bytes{S: string(out)}, nil
		},
		"b16decode": func(t *py.Thread, args []py.Object, kw []string) (py.Object, error) {
			a, err := py.UnpackArgs("b16decode", args, kw, []string{"s", "casefold"}, 1)
			if err != nil {
				return nil, err
			}
			s, err := binaryArg(a[0], true)
			if err != nil {
				return nil, err
			}
			if a[1] != nil && a[1] != py.False {
				s = strings.ToUpper(s)
			}
			if strings.ToUpper(s) != s {
				return nil, py.Errorf(binasciiError, "Non-base16 digit found")
			}
			out, err := hex.DecodeString(s)
			if err != nil {
				return nil, py.Errorf(binasciiError, "Non-base16 digit found")
			}
			return &py.Bytes{S: string(out)}, nil
		},
	}
	for _, name := range sortedNames(funcs) {
		b := py.NewBuiltin(name, funcs[name])
		b.Module = "base64"
		m.SetAttr(name, b)
	}
	return m, nil
}

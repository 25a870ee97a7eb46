package py

import (
	"io"
	"testing"
)

// libBuiltins are the built-in functions the library registers.
var libBuiltins = []string{"abs", "round", "divmod", "pow", "hex", "oct", "bin", "chr", "ord", "sum", "min",
	"max", "sorted", "any", "all", "format", "vars", "dir", "locals", "globals"}

// FuzzLibBuiltins calls the library's built-in functions with arguments made from the fuzzer's
// input (strs, bytes, ints of any size, floats, containers, None): each returns a value or raises a
// Python exception, never panics or returns a Go error.
func FuzzLibBuiltins(f *testing.F) {
	f.Add("abc", int64(3), int64(-2), 2.5)
	f.Add("", int64(0), int64(1<<62), -0.0)
	f.Add("\xff☺", int64(-1), int64(1114112), 1e308)
	f.Fuzz(func(t *testing.T, s string, a, b int64, x float64) {
		in := NewInterp(io.Discard, io.Discard)
		th := in.NewThread()
		vals := []Object{NewStr(s), &Bytes{S: s}, MakeInt(a), MakeInt(b), Float(x), None,
			NewList([]Object{MakeInt(a), MakeInt(b)}), NewTuple([]Object{NewStr(s), MakeInt(a)}),
			NewList([]Object{NewStr(s), MakeInt(b)}), NewBigInt(toBig(MakeInt(a)).Lsh(toBig(MakeInt(a)), 70))}
		for _, name := range libBuiltins {
			fn, ok := in.Builtins.GetStr(name)
			if !ok {
				t.Fatalf("builtin %s is not registered", name)
			}
			for i := -1; i < len(vals); i++ {
				for j := -1; j < len(vals); j++ {
					var args []Object
					if i >= 0 {
						args = append(args, vals[i])
					}
					if j >= 0 {
						args = append(args, vals[j])
					}
					if _, err := th.Call(fn, args, nil); err != nil {
						if _, ok := err.(*Exception); !ok {
							t.Fatalf("%s%v: a Go error %v, want a Python exception", name, args, err)
						}
					}
				}
			}
		}
	})
}

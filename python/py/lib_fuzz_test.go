package py

import (
	"io"
	"testing"
)

// FuzzLibMethods calls every method the library adds to str, bytes, list, tuple, dict, set,
// frozenset, int, float, range and slice with arguments made from the fuzzer's input: whatever the arguments, a
// method returns a value or raises a Python exception, and never panics or returns a Go error.
func FuzzLibMethods(f *testing.F) {
	f.Add("hello world", "l", int64(1), int64(-2))
	f.Add("héllo\twörld\n", "", int64(0), int64(100))
	f.Add("", "\x00\xff", int64(-1), int64(3))
	f.Fuzz(func(t *testing.T, s, sub string, a, b int64) {
		a, b = a%1000, b%1000
		th := NewInterp(io.Discard, io.Discard).NewThread()
		str, other := NewStr(s), NewStr(sub)
		ia, ib := MakeInt(a), MakeInt(b)
		argsets := [][]Object{{}, {other}, {other, ia}, {other, ia, ib}, {ia}, {ia, other}, {ia, ib},
			{&Bytes{S: sub}}, {&Bytes{S: sub}, ia, ib}, {other, str, ia}, {None}, {NewTuple([]Object{other, str})}}
		receivers := func() []Object {
			items := []Object{str, ia, Float(float64(a) / 7)}
			d := NewDict()
			_ = d.Set(th, str, ia)
			set := NewSet(false)
			_ = set.Add(th, ia)
			_ = set.Add(th, other)
			return []Object{str, &Bytes{S: s}, NewList(items), NewTuple(items), d, set, set.Copy(true), ia,
				MakeInt(a * b), Float(float64(a) / float64(b|1)), &Range{Start: a, Stop: b, Step: 3},
				&Slice{Start: ia, Stop: ib, Step: None}}
		}
		for i := range receivers() {
			for _, name := range libMethods[receivers()[i].Type()] {
				for _, args := range argsets {
					recv := receivers()[i]
					m, err := th.GetAttrString(recv, name)
					if err != nil {
						t.Fatalf("%s.%s: %v", recv.Type().Name, name, err)
					}
					if _, err := th.Call(m, args, nil); err != nil {
						if _, ok := err.(*Exception); !ok {
							t.Fatalf("%s.%s%v: a Go error %v, want a Python exception", recv.Type().Name, name, args, err)
						}
					}
				}
			}
		}
	})
}

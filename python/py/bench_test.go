package py

import (
	"io"
	"os"
	"testing"
)

// BenchmarkCPULoop compiles and runs testdata/bench/cpu.py (gcd with %,
// arithmetic, calls, attribute access, list append); compare with
// testdata/bench/cpython.sh, which times CPython on the same script.
func BenchmarkCPULoop(b *testing.B) {
	src, err := os.ReadFile("testdata/bench/cpu.py")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if code := RunMain("cpu.py", src, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
}

// BenchmarkCompile50 parses and compiles a 50-line script.
func BenchmarkCompile50(b *testing.B) {
	src, err := os.ReadFile("testdata/bench/fifty.py")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := CompileSource("fifty.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

var sinkObj Object

// BenchmarkIntBoxing compares making int objects from the preallocated
// small-int table (MakeInt) with boxing every value (what MakeInt does
// outside -5..1024), for the values a loop counter and gcd produce.
func BenchmarkIntBoxing(b *testing.B) {
	b.Run("table", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkObj = MakeInt(int64(i & 1023))
		}
	})
	b.Run("boxed", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sinkObj = Int(int64(i & 1023))
		}
	})
}

// BenchmarkCall measures a Python-to-Python call with two arguments.
func BenchmarkCall(b *testing.B) {
	src := []byte("def f(a, b):\n    return a\nfor i in range(100000):\n    f(i, i)\n")
	code, err := CompileSource("call.py", src)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		th := NewInterp(io.Discard, io.Discard).NewThread()
		if _, err := th.ExecModule("__main__", code); err != nil {
			b.Fatal(err)
		}
	}
}

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

package script

import (
	"os"
	"testing"

	dialect "github.com/futurescope/futurescope/sim/dialect"
)

// submitMany submits 100,000 trivial futures to a thread pool and waits for them.
const submitMany = `from concurrent.futures import ThreadPoolExecutor, wait
def f(x):
    return x
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(f, i) for i in range(100000)]
    wait(fs)
print(sum(f.result() for f in fs))
`

// BenchmarkSubmit100k runs submitMany here; BenchmarkSubmit100kScript under sim/script.
func BenchmarkSubmit100k(b *testing.B) {
	for b.Loop() {
		if res := Run(Options{Source: []byte(submitMany), MaxEvents: 100_000_000}); res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

func BenchmarkSubmit100kScript(b *testing.B) {
	for b.Loop() {
		if res := dialect.Run(dialect.Options{Source: []byte(submitMany), MaxEvents: 100_000_000}); res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

// BenchmarkTutorialGCD runs the tutorial's gcd on a 4-worker process pool (01_submit.py).
func BenchmarkTutorialGCD(b *testing.B) {
	src, err := os.ReadFile("testdata/tutorial/01_submit.py")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if res := Run(Options{Source: src}); res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

func BenchmarkTutorialGCDScript(b *testing.B) {
	src, err := os.ReadFile("testdata/tutorial/01_submit.py")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if res := dialect.Run(dialect.Options{Source: src}); res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

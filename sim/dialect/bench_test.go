package script

import (
	"strings"
	"testing"
)

// lessonScript is a realistic 50-line lesson script: imports, a with block,
// functions, % formatting, comprehensions, asserts.
const lessonScript = `import time
from concurrent.futures import ThreadPoolExecutor, ALL_COMPLETED


def work(n: int) -> float:
    """Pretend to work for n steps and return a score."""
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i ** 2
    time.sleep(0.1)
    return total / max(n, 1)


def report(name, values):
    mean = sum(values) / len(values)
    spread = max(values) - min(values)
    print("%-8s mean=%.3f spread=%6.2f" % (name, mean, spread))
    return mean


def main():
    start = time.monotonic()
    results = {}
    with ThreadPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(work, n) for n in range(1, 9)]
        for i, f in enumerate(futures):
            results[i] = f.result()
    values = [results[k] for k in sorted(results)]
    assert len(values) == 8, "lost a result"
    best = max(values)
    worst = min(v for v in values if v is not None)
    print("best %.2f, worst %.2f" % (best, worst))
    report("scores", values)
    squares = {i: i * i for i in range(5)}
    odd = {k for k, v in squares.items() if v % 2}
    print(sorted(odd), squares)
    # Done: report how long it took.

    elapsed = time.monotonic() - start
    print("took %.1f seconds" % elapsed)
    if elapsed < 0:
        return None
    return round(best, 2)


if __name__ == "__main__":
    answer = main()
    print("answer:", answer)
`

// BenchmarkCompile50Lines measures Compile (check, shims, parse, rewrite,
// resolve, compile) on a realistic 50-line script.
func BenchmarkCompile50Lines(b *testing.B) {
	if n := strings.Count(lessonScript, "\n"); n != 50 {
		b.Fatalf("script has %d lines, want 50", n)
	}
	env := Predeclared("__main__", fakeModules())
	src := []byte(lessonScript)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Compile("lesson.py", src, env); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLessonScriptRuns keeps the benchmark's script honest.
func TestLessonScriptRuns(t *testing.T) {
	out, err := runScript("lesson.py", []byte(lessonScript))
	if err != nil {
		t.Fatal(err)
	}
	// CPython prints the same, but for the time the sleeps took.
	want := `best 11.88, worst 0.00
scores   mean=4.216 spread= 11.88
[1, 3] {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}
took 0.0 seconds
answer: 11.88
`
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

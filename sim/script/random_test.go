package script

import (
	"strings"
	"testing"
)

// What random.seed(n) draws is CPython's, number for number: testdata/scripts/random_*.py compare it
// with CPython's output.

// randomScript prints numbers from every function of the random module, in the main process and in a
// worker process, and then again after random.seed(seed) with the script's own seed.
const randomScript = `
import random
from concurrent.futures import ProcessPoolExecutor

def draw():
    xs = [1, 2, 3, 4, 5, 6, 7, 8]
    random.shuffle(xs)
    return "%r %r %r %r %r" % (random.random(), random.uniform(1, 2), random.randint(1, 10**9), random.choice("abcdefghij"), xs)

if __name__ == "__main__":
    print("main", draw())
    with ProcessPoolExecutor(1) as ex:
        print("worker", ex.submit(draw).result())
    random.seed(SEED)
    print("seeded", draw())
`

// randomLines runs randomScript with Options.Seed and random.seed(scriptSeed) and returns its output
// by line label (main, worker, seeded).
func randomLines(t *testing.T, seed int64, scriptSeed string) map[string]string {
	t.Helper()
	out, errOut, res := runOpts(t, strings.Replace(randomScript, "SEED", scriptSeed, 1), Options{Seed: seed})
	if res.ExitCode != 0 {
		t.Fatalf("seed %d: %v\n%s", seed, res.Err, errOut)
	}
	lines := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		label, rest, _ := strings.Cut(l, " ")
		lines[label] = rest
	}
	if len(lines) != 3 {
		t.Fatalf("seed %d printed %q, want main, worker and seeded lines", seed, out)
	}
	return lines
}

// TestRandomIsSeeded states the random module's determinism: Options.Seed seeds it, so the same seed
// draws the same numbers in every run (in worker processes too) and a different seed different ones; a
// worker process draws a stream of its own, not the main process's; random.seed(n) in the script
// restarts the stream from n, whatever Options.Seed was.
func TestRandomIsSeeded(t *testing.T) {
	a := randomLines(t, 1, "7")
	again := randomLines(t, 1, "7")
	other := randomLines(t, 2, "7")
	otherScriptSeed := randomLines(t, 1, "8")
	for _, label := range []string{"main", "worker"} {
		if a[label] != again[label] {
			t.Errorf("%s: seed 1 drew %q, then %q: the same seed must draw the same numbers", label, a[label], again[label])
		}
		if a[label] == other[label] {
			t.Errorf("%s: seeds 1 and 2 both drew %q: a different seed must draw different numbers", label, a[label])
		}
	}
	if a["main"] == a["worker"] {
		t.Errorf("the worker process drew the main process's numbers %q: each process has its own stream", a["main"])
	}
	if a["seeded"] != other["seeded"] {
		t.Errorf("after random.seed(7): %q under seed 1, %q under seed 2: random.seed decides alone", a["seeded"], other["seeded"])
	}
	if a["seeded"] == otherScriptSeed["seeded"] {
		t.Errorf("random.seed(7) and random.seed(8) both drew %q", a["seeded"])
	}
}

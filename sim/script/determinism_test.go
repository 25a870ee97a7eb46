package script

import (
	"bytes"
	"testing"

	"github.com/futurescope/futurescope/sim/trace"
)

// determinismScript uses threads, a thread pool with callbacks, as_completed, a process pool, random,
// sets of futures and reprs with addresses: everything whose order or value could vary between runs.
const determinismScript = `import random, threading, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait

def work(n):
    total = 0
    for i in range(n * 1000):
        total += i % 7
    time.sleep(random.random() / 10)
    return total

counter = 0
def bump():
    global counter
    for _ in range(20000):
        counter += 1

if __name__ == "__main__":
    random.seed(3)
    ts = [threading.Thread(target=bump) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    print("counter", counter)
    with ThreadPoolExecutor(max_workers=3) as ex:
        fs = {ex.submit(work, n): n for n in range(6)}
        for f in fs:
            f.add_done_callback(lambda f: print("done", f))
        for f in as_completed(fs):
            print(fs[f], f.result(), f)
        print(wait(fs))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(work, range(4))))
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print(type(e).__name__, e)
    print(set(fs), {1, 2, 3}, id(fs) > 0)
`

// TestDeterministic runs the same script twice: the same output and a byte-identical trace.
func TestDeterministic(t *testing.T) {
	var runs [2]struct{ out, trace []byte }
	for i := range runs {
		var out, errOut bytes.Buffer
		res := Run(Options{Source: []byte(determinismScript), Stdout: &out, Stderr: &errOut})
		if res.Err != nil {
			t.Fatalf("run %d: %v\n%s", i, res.Err, errOut.String())
		}
		var b bytes.Buffer
		if err := trace.Encode(&b, res.Trace); err != nil {
			t.Fatal(err)
		}
		runs[i].out, runs[i].trace = out.Bytes(), b.Bytes()
	}
	if !bytes.Equal(runs[0].out, runs[1].out) {
		t.Errorf("outputs differ:\n%s\n---\n%s", runs[0].out, runs[1].out)
	}
	if !bytes.Equal(runs[0].trace, runs[1].trace) {
		t.Errorf("traces differ (%d and %d bytes)", len(runs[0].trace), len(runs[1].trace))
	}
	if !bytes.Contains(runs[0].out, []byte("counter 40000")) {
		t.Errorf("two threads x 20,000 increments must end at 40000 as in CPython:\n%s", runs[0].out)
	}
}

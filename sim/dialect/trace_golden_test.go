package script_test

import (
	"bytes"
	"testing"

	"github.com/futurescope/futurescope/internal/golden"
	"github.com/futurescope/futurescope/sim/dialect"
	"github.com/futurescope/futurescope/sim/trace"
)

// TestTraceGolden runs a lesson-sized script with threads, a process pool, CPU work and randomness and
// compares its whole trace with a golden file. make wasm-check runs it under WebAssembly too, so the
// trace is byte-identical natively and in the browser.
func TestTraceGolden(t *testing.T) {
	src := `
import random, time, os
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED

def crunch(n):
    total = 0
    for i in range(n):
        total += i % 7
    return (os.getpid() % 1000, total)

def nap(n):
    time.sleep(random.random() / 5)
    return n

if __name__ == "__main__":
    with ThreadPoolExecutor(2) as tp, ProcessPoolExecutor(2) as pp:
        naps = [tp.submit(nap, i) for i in range(4)]
        crunches = [pp.submit(crunch, 30000 * i) for i in range(1, 4)]
        naps[3].cancel()
        done, not_done = wait(naps + crunches, timeout=0.05, return_when=FIRST_COMPLETED)
        print(len(done), len(not_done))
        for f in as_completed(crunches):
            print(f.result())
        print(list(tp.map(nap, [7, 8])))
`
	var out bytes.Buffer
	res := script.Run(script.Options{Filename: "golden.py", Source: []byte(src), Stdout: &out})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var got bytes.Buffer
	got.WriteString(out.String())
	trace.WriteText(&got, res.Trace)
	golden.Check(t, "testdata/trace.golden", got.Bytes(), *update)
}

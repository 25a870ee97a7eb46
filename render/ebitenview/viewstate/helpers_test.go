package viewstate

import (
	"strings"
	"testing"

	"github.com/futurescope/futurescope/render/layout"
	"github.com/futurescope/futurescope/sim/script"
)

// waitScript submits three sleeps to two workers and waits for the first: events at about 0, 0.1,
// 0.2 and 0.4 s.
const waitScript = `import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

def work(n):
    time.sleep(0.1 * n)
    return n * n

pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(work, n) for n in [1, 2, 3]]
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
pool.shutdown()
`

// newState runs src and returns a fresh state of its scene.
func newState(t *testing.T, src string) *State {
	t.Helper()
	res := script.Run(script.Options{Filename: "test.py", Source: []byte(src)})
	if res.Err != nil {
		t.Fatalf("script: %v", res.Err)
	}
	return New(res.Trace, layout.Build(res.Trace))
}

// srcLines splits a script into lines, as the viewer gets them.
func srcLines(src string) []string { return strings.Split(src, "\n") }

// testMetrics are the metrics of a 13 px font at scale 1.
var testMetrics = Metrics{Scale: 1, Char: 7.8, Line: 16}

// testBounds is a 1200 × 700 viewer.
var testBounds = Rect{0, 0, 1200, 700}

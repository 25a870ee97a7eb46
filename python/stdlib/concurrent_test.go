package stdlib

import (
	"bytes"
	"sync"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// TestInterpsAtOnce: a process pool's workers are Interps that may run on
// goroutines at once; the modules' shared Go state (types, names, regexp
// tables) is only read, so they print the same as one Interp alone (run it
// with -race to check the sharing).
func TestInterpsAtOnce(t *testing.T) {
	src := []byte(`import collections, functools, itertools, math, re, heapq, bisect, operator, json
q = collections.deque(range(5), maxlen=4)
q.append(9)
@functools.lru_cache(maxsize=8)
def sq(x):
    return x * x
h = []
for v in [5, 1, 4]:
    heapq.heappush(h, v)
p = functools.partial(operator.add, 10)
print(q, [sq(i % 3) for i in range(6)], sq.cache_info().hits, list(itertools.islice(itertools.count(), 3)),
      math.sin(1.0), re.findall(r"\d+", "a1b22"), heapq.heappop(h), bisect.bisect([1, 3], 2), p(5),
      json.dumps({"k": [1, 2.5]}), functools.reduce(operator.mul, range(1, 6)))
`)
	var want bytes.Buffer
	if code := py.RunMain("w.py", src, &want, &want); code != 0 {
		t.Fatalf("exit code %d: %s", code, want.String())
	}
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 4)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			py.RunMain("w.py", src, &outs[i], &outs[i])
		}()
	}
	wg.Wait()
	for i := range outs {
		if outs[i].String() != want.String() {
			t.Errorf("interp %d printed\n%s\nwant\n%s", i, outs[i].String(), want.String())
		}
	}
}

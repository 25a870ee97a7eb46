package script

import (
	"io"
	"testing"
)

// benchScript runs src once per iteration, failing the benchmark if the run fails.
func benchScript(b *testing.B, src string) {
	b.Helper()
	for i := 0; i < b.N; i++ {
		res := Run(Options{Filename: "bench.py", Source: []byte(src), Stdout: io.Discard, Stderr: io.Discard})
		if res.Err != nil {
			b.Fatal(res.Err)
		}
	}
}

// BenchmarkPickleRoundTrip: 200 dumps and loads of a dict of lists, strings and instances.
func BenchmarkPickleRoundTrip(b *testing.B) {
	benchScript(b, `import pickle
class P:
    def __init__(self, x):
        self.x = x
data = {"k%d" % i: [i, str(i), P(i), (i, 1.5)] for i in range(50)}
for _ in range(200):
    assert len(pickle.loads(pickle.dumps(data))) == 50
`)
}

// BenchmarkManagerDict: a Manager's server process and 200 proxy calls from the main process.
func BenchmarkManagerDict(b *testing.B) {
	benchScript(b, `import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        for i in range(100):
            d[i] = i
            d.get(i)
`)
}

// BenchmarkPoolMap: a Pool of 4 workers mapping 400 items, chunked as CPython chunks them.
func BenchmarkPoolMap(b *testing.B) {
	benchScript(b, `import multiprocessing as mp
def sq(x):
    return x * x
if __name__ == "__main__":
    with mp.Pool(4) as p:
        assert sum(p.map(sq, range(400))) == sum(x * x for x in range(400))
`)
}

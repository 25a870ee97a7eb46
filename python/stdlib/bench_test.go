package stdlib

import (
	"io"
	"testing"

	"github.com/futurescope/futurescope/python/py"
)

// benchScript runs src once per iteration in a fresh interpreter (the
// module import included).
func benchScript(b *testing.B, src string) {
	for b.Loop() {
		if code := py.RunMain("bench.py", []byte(src), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit code %d", code)
		}
	}
}

// BenchmarkDequeQueue: 10,000 append/popleft pairs on a collections.deque.
func BenchmarkDequeQueue(b *testing.B) {
	benchScript(b, `from collections import deque
q = deque()
for i in range(10000):
    q.append(i)
    q.popleft()
`)
}

// BenchmarkLRUCache: 10,000 calls of an lru_cache-wrapped function, 90% hits.
func BenchmarkLRUCache(b *testing.B) {
	benchScript(b, `from functools import lru_cache
@lru_cache(maxsize=128)
def f(n):
    return n * n
for i in range(10000):
    f(i % 1000 if i % 10 == 0 else i % 100)
`)
}

// BenchmarkMathSin: 10,000 math.sin calls (correctly rounded in big.Float).
func BenchmarkMathSin(b *testing.B) {
	benchScript(b, `import math
for i in range(10000):
    math.sin(i * 0.001)
`)
}

// BenchmarkMathFabs: 10,000 math.fabs calls (the loop and call overhead).
func BenchmarkMathFabs(b *testing.B) {
	benchScript(b, `import math
for i in range(10000):
    math.fabs(i * 0.001)
`)
}

// BenchmarkImportAll: a fresh interpreter importing every module of the
// package (each compiled from its source).
func BenchmarkImportAll(b *testing.B) {
	benchScript(b, `import abc, bisect, collections, contextlib, copy, dataclasses, enum, functools, heapq
import itertools, json, math, operator, string, textwrap, typing
`)
}

// BenchmarkImportNone: a fresh interpreter running an empty script.
func BenchmarkImportNone(b *testing.B) {
	benchScript(b, "pass\n")
}

// BenchmarkImportCollections: a fresh interpreter importing collections.
func BenchmarkImportCollections(b *testing.B) {
	benchScript(b, "import collections\n")
}

// BenchmarkRandom: 10,000 random.random() and 10,000 random.randint(1, 6) calls (the first through a
// bound method, the second through randrange and _randbelow, both written in Python over Go's
// Mersenne Twister).
func BenchmarkRandom(b *testing.B) {
	benchScript(b, `import random
random.seed(1)
for i in range(10000):
    random.random()
    random.randint(1, 6)
`)
}

package stdlib

import "testing"

// BenchmarkDropWithBigDeque: 100 generators suspended in try/finally,
// each dropped while a 10,000-item deque and a chain over it are alive,
// so that each proof walks them.
func BenchmarkDropWithBigDeque(b *testing.B) {
	benchScript(b, `from collections import deque
from itertools import chain
def counted():
    try:
        yield 1
    finally:
        pass
q = deque(range(10000))
c = chain(q, [1])
for i in range(100):
    g = counted()
    next(g)
    del g
`)
}

// BenchmarkDropWithBigList is BenchmarkDropWithBigDeque with a list: the
// figure a deque's walk compares with.
func BenchmarkDropWithBigList(b *testing.B) {
	benchScript(b, `from itertools import chain
def counted():
    try:
        yield 1
    finally:
        pass
q = list(range(10000))
c = chain(q, [1])
for i in range(100):
    g = counted()
    next(g)
    del g
`)
}

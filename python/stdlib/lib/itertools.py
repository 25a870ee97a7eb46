"""Iterator building blocks, lazy as CPython's (written in Go: _itertools).

Has: count cycle repeat chain (chain.from_iterable) islice zip_longest
product permutations combinations combinations_with_replacement
accumulate groupby starmap takewhile dropwhile filterfalse compress tee
pairwise batched.
Lacks: pickling and copying the iterators.
"""

from _itertools import *
from _itertools import count as _count, repeat as _repeat


class count(_count):
    __slots__ = ()

    def __repr__(self):
        return self._repr()


class repeat(_repeat):
    __slots__ = ()

    def __repr__(self):
        return self._repr()

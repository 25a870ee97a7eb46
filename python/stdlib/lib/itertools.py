"""Iterator building blocks, lazy as CPython's.

Has: count cycle repeat chain (chain.from_iterable) islice zip_longest
product permutations combinations combinations_with_replacement
accumulate groupby starmap takewhile dropwhile filterfalse compress tee
pairwise batched.
Lacks: pickling and copying of the iterators.
"""


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle:
    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            if not self._saved:
                raise StopIteration
            self._i = 0
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times
        if times is not None and times < 0:
            self._times = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


class chain:
    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable, /):
        c = cls()
        c._its = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._its))
            for x in self._cur:
                return x
            self._cur = None


def _islice_arg(v, what):
    if v is None:
        return None
    if not isinstance(v, int):
        try:
            v = v.__index__()
        except AttributeError:
            v = -1
    if v < 0:
        raise ValueError(f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop, step = (args + (None,))[:3]
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                            else "islice expected at least 2 arguments, got 1")
        stop = _islice_arg(stop, "Stop")
        start = _islice_arg(start, "Indices") or 0
        if step is not None:
            step = _islice_arg(step, "Step")
            if step == 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step or 1
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            self._it = iter(())
            raise StopIteration
        while self._i < self._next:
            next(self._it)
            self._i += 1
        x = next(self._it)
        self._i += 1
        self._next += self._step
        return x


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                out.append(self._fill)
        return tuple(out)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    yield from result


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._tgt = self._cur = self._curkey = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._curkey == self._tgt:
            self._step()
        self._tgt = self._curkey
        return (self._curkey, self._grouper(self._tgt, self._id))

    def _step(self):
        self._cur = next(self._it)
        self._curkey = self._cur if self._key is None else self._key(self._cur)

    def _grouper(self, tgt, id):
        while self._id is id and self._curkey == tgt:
            yield self._cur
            try:
                self._step()
            except StopIteration:
                return


def starmap(function, iterable, /):
    return (function(*args) for args in iterable)


def takewhile(predicate, iterable, /):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable, /):
    it = iter(iterable)
    return _dropwhile(predicate, it)


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable, /):
    if function is None:
        function = bool
    return (x for x in iterable if not function(x))


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buf = []
    positions = [0] * n
    base = [0]

    def gen(k):
        while True:
            i = positions[k] - base[0]
            if i == len(buf):
                try:
                    buf.append(next(it))
                except StopIteration:
                    return
            positions[k] += 1
            yield buf[i]
            low = min(positions)
            if low > base[0]:
                del buf[:low - base[0]]
                base[0] = low

    return tuple(gen(k) for k in range(n))


def pairwise(iterable, /):
    it = iter(iterable)
    return _pairwise(it)


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    return _batched(it, n)


def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch

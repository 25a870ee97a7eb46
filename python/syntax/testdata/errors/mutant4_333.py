def def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    z = yield from range(3)
    yield from gen()
    await_ = (yield)
    print((yield 3))
    f((yield))
    w = yield *a, b
    return (yield)


def g2():
    v = [(yield x) for x in range(0)] if False else None
    lst = yield
    yield lambda: (yield)

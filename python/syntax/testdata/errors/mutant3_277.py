counter = 0


def bump():
    global counter
    counter += 1


def outer():
    x = 0

    def inner():
        nonlocal x
        x -= 1
        del x
    return inner

a = b = c = 0
a, *b = [1, 2, 3]
*a, b = 1, 2, 3
[a, b] = 1, 2
(a, b) = c = 1, 2
x: int
y: list[int] = []
(z): int = 1 obj.attr: str = "s"
d["k"]: int
obj.attr = d[0] = 5
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
assert x, "message"
assert counter == 0
del a, b[0], c.d, (e, f), [g]
del (h)
pass; pass;
raise
raise ValueError
raise ValueError("x") from None
x = yield_ = 1

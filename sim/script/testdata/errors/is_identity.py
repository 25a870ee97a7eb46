from concurrent.futures import ThreadPoolExecutor, CancelledError
a = [1]
b = [1]
print(a is b, a is a, a is not b, a == b)
x = None
print(x is None, x is not None)
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 3)
    g = f
    print(f is g, f is pool.submit(pow, 2, 3), f.exception() is None)
    f.cancel()
    h = pool.submit(int, "x")
    e = h.exception()
    print(e is h.exception(), type(e) is ValueError, type(e) is CancelledError)
d = {}
print(d is d, d is not {})
print(int is int, type(1) is int, type(True) is int)

print(repr(len), repr(print), int, str, type(None), object, Exception, ValueError)
print(range(3), slice(1, 2), slice(None), slice(1, None, -1), Ellipsis, ...)
print(NotImplemented, None, type(...).__name__, type(NotImplemented).__name__)
print(repr(b"\x00"), bytearray(b"a"), frozenset(), set(), {}, [], ())
print([].append.__name__, str.upper, repr(int.__add__).startswith("<slot wrapper"))
class K:
    pass
print(K, repr(K)[:16], K.__module__)

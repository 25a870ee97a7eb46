class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"

class W(V):
    def __str__(self):
        return f"<W {self.x}>"

v, w = V("a"), W(2)
print(v, w)
print(repr(v), repr(w), str(w))
print([v, w], (w,), {"k": w})
print(f"{w} {w!r} {v!s}")
print("%s %r" % (w, w))
print("{} {!r}".format(w, w))

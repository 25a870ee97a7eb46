class Plain:
    pass

p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
print(str(p) == r, f"{p}" == r, format(p, "") == r)
def fn():
    pass
print(repr(fn).startswith("<function fn at 0x"))
print(repr(Plain.__init__).startswith("<slot wrapper") or repr(Plain.__init__))
try:
    format(p, "x")
except TypeError as e:
    print(e)

# A generator dropped while Go code that may hold objects out of sight runs (set(), dict(), sum(),
# str.join consuming a generator) cannot be proved unreachable at the drop; it is closed when that
# Go call returns or the unpacking ends, before the next statement, and only once.
def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

def quiet(name):
    g = counted(name)
    next(g)
    del g
    return 1

s = set(map(lambda x: quiet("set"), [1]))
print("set done", s)
d = dict((x, quiet("dict")) for x in [1])
print("dict done", d)
print("sum done", sum(quiet("sum %d" % i) for i in range(2)))
print("join done", "".join(str(quiet("join")) for _ in [1]))
print("nested:", set(set(map(lambda x: quiet("inner set"), [1]))))
a, b = map(lambda x: quiet("unpack %d" % x), [1, 2])
print("unpack done", a, b)
print("extend done", [*map(lambda x: quiet("extend"), [1])])
print("update done", {*map(lambda x: quiet("set display"), [1])})

def returns_after_unpack():
    a, = map(lambda x: quiet("unpack before return"), [1])
    return a
print("return done", returns_after_unpack())

def keep_then_drop():
    g = counted("held by the caller")
    next(g)
    return g

kept = set(map(lambda x: keep_then_drop(), [1]))
print("still held:", len(kept))
kept = None
print("-- end")

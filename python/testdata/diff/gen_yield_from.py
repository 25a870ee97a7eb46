def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"

g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))

def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))

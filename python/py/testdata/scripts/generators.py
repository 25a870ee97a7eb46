def counter(n):
    try:
        i = 0
        while i < n:
            got = yield i
            if got is not None:
                i = got
            else:
                i += 1
        return "done"
    finally:
        print("counter finally")


g = counter(5)
print(next(g), next(g), g.send(4))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3


o = outer()
print(next(o), o.send("hi"), next(o))
print(list(outer()))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
print(next(c))
c.close()
print(c.close())


def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"


t = thrower()
next(t)
print(t.throw(ValueError("boom")))


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

gen = (x * x for x in range(4) if x % 2 == 0)
print(gen.__class__.__name__, len([1 for _ in range(3)]), list(gen), list(gen))
print(list(x > 2 for x in range(5)), next(x for x in "abc" if x > "a"))


def tidy():
    try:
        yield 1
        yield 2
    finally:
        print("tidy closed")


for v in tidy():
    break
print("after break")


def first(it):
    for v in it():
        return v


print(first(tidy))

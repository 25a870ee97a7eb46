# An alias, a container, an attribute or a closure that still holds the generator keeps it open:
# dropping one reference does not close it; dropping the last one does.
def counted(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally of", name)

g = counted("alias")
next(g)
h = g
del g
print("alias alive:", next(h))
del h
print("-- alias dropped")

keep = []
g = counted("in list")
next(g)
keep.append(g)
del g
print("list alive:", next(keep[0]))
keep = None
print("-- list dropped")

pair = (counted("in tuple a"), counted("in tuple b"))
next(pair[0]); next(pair[1])
del pair
print("-- tuple dropped (CPython releases the items last to first)")

class Holder:
    def __init__(self):
        self.g = counted("in instance")
        next(self.g)
obj = Holder()
other = obj.g
del obj
print("instance dropped, other alive:", next(other))
other = 0
print("-- other dropped")

def make():
    g = counted("in closure")
    next(g)
    def peek():
        return next(g)
    return peek
p = make()
print("closure alive:", p())
del p
print("-- closure dropped")

def returns_it():
    g = counted("returned")
    next(g)
    return g
r = returns_it()
print("returned alive:", next(r))
del r
print("-- returned dropped")

def outer():
    inner = counted("inner of outer")
    next(inner)
    try:
        yield inner
    finally:
        print("finally of outer")
o = outer()
i = next(o)
del o
print("outer dropped, inner alive:", next(i))
del i
print("-- inner dropped")

def delegating():
    try:
        yield from counted("delegated")
    finally:
        print("finally of delegating")
d = delegating()
next(d)
del d
print("-- delegating dropped")

def plain():
    yield 1
    yield 2
g = plain()
next(g)
it = iter(g)
for x in it:
    break
print("plain generator, no finally, iter() alias kept:", next(g, "done"))
g2 = counted("for over iter()")
next(g2)
for x in iter(g2):
    break
print("for over iter(g2) left it open:", next(g2))
del g2
print("-- end")

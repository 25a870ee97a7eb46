# A generator suspended inside try/finally is closed the moment its last reference goes: del,
# rebinding, a for loop left by break, an expression statement's value, a function returning.
def counted(name, log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append(name)
        print("finally of", name)

log = []
g = counted("del", log)
print(next(g))
del g
print("after del", log)

g = counted("rebind", log)
next(g)
g = None
print("after rebind", log)

g = counted("rebind-to-another", log)
next(g)
g = counted("second", log)
next(g)
print("after rebind to another", log)
del g

for x in counted("break", log):
    if x == 2:
        break
print("after break", log)

next(counted("temp", log))
print("after expression statement", log)

def local_only():
    h = counted("local", log)
    next(h)
    print("returning")
    return 42
print(local_only(), log)

def raising():
    h = counted("unwound", log)
    next(h)
    raise ValueError("boom")
try:
    raising()
except ValueError as e:
    print("caught", e, log)

try:
    for x in counted("for-raise", log):
        raise KeyError(x)
except KeyError as e:
    print("caught", e, log)

class Box:
    pass
b = Box()
b.gen = counted("attr", log)
next(b.gen)
del b.gen
print("after del attr", log)

d = {"k": counted("item", log)}
next(d["k"])
d["k"] = 0
print("after item store", log)

never = counted("never-started", log)
del never
print("never started: nothing", log)

done = counted("exhausted", log)
for _ in done:
    pass
del done
print("exhausted: finally ran once", log)

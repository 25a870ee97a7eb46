def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
    return "result"

g = gen(2)
print(type(g).__name__, "created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "exhausted"))
print(list(gen(3)))

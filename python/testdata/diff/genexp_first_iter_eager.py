def src(name):
    print("build", name)
    return range(3)

g = (x + y for x in src("outer") for y in src("inner"))
print("genexp made")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
h = (1 / x for x in [1, 0])
print(next(h))
try:
    next(h)
except ZeroDivisionError as e:
    print("lazy error:", e)

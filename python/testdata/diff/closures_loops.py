funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print([f() for f in funcs])

def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 100
    return fs
print([f() for f in make()])

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc.__closure__ is not None, len(inc.__closure__))

def numbers():
    n = 0
    while True:
        print("gen", n)
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x

print(list(take(3, evens(numbers()))))
gen = numbers()
print(next(gen), next(gen))
print(gen.gi_running if hasattr(gen, "gi_running") else None)

# list(), a, b, c = ..., and sorted() hold the generators they collect in Go while the producer runs:
# none may be closed until the result is dropped.
def worker(i, log):
    try:
        yield i
        yield i
    finally:
        log.append(i)

log = []
def producer():
    for i in range(3):
        g = worker(i, log)
        next(g)
        yield g
gens = list(producer())
print("list() holds them:", log)
a, b, c = (x for x in producer())
print("unpacking holds them:", log)
s = sorted(producer(), key=lambda g: -next(g))
print("sorted holds them:", log)
del gens, a, b, c, s
print("dropped:", sorted(log))

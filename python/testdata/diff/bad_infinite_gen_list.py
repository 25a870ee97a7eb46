def forever():
    n = 0
    while True:
        yield n
        n += 1

g = forever()
print([next(g) for _ in range(5)])
for x in forever():
    if x > 3:
        break
print(x)
def stopper():
    yield from forever()
s = stopper()
print(next(s), next(s))
s.close()
print(list(zip(range(3), forever())))

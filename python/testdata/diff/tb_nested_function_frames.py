def outer(values):
    def inner(v):
        return 10 // v
    total = 0
    for v in values:
        total += inner(v)
    return total

class Runner:
    def run(self, values):
        return outer(values)

print(Runner().run([1, 2, 5]))
Runner().run([3, 0])

# A CPU-bound loop: gcd with %, arithmetic, calls, attribute access, list append.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Acc:
    def __init__(self):
        self.total = 0
        self.items = []

    def add(self, v):
        self.total += v
        if v > 1:
            self.items.append(v)


def run(n):
    acc = Acc()
    for i in range(1, n):
        acc.add(gcd(i * 7919, (i * 104729) % 100003 + 1))
    return acc.total, len(acc.items)


print(run(1000000))

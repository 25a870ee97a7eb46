class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(Countdown(4)), sum(Countdown(4)))
a, b = Countdown(2)
print(a, b)

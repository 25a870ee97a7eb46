class Counter:
    total = 0
    items = []

    def add(self, x):
        self.items.append(x)
        Counter.total += 1
        self.mine = getattr(self, "mine", 0) + 1

a, b = Counter(), Counter()
a.add(1)
b.add(2)
a.add(3)
print(Counter.total, a.items is b.items, a.items)
print(a.mine, b.mine)
print(isinstance(a, Counter), issubclass(Counter, object))
print(Counter.__name__, type(Counter).__name__, type(type).__name__)

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __bool__(self):
        return len(self.items) > 2

b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:])
print(2 in b, 9 not in b)
print(bool(b), bool(Bag()), "yes" if Bag(1) else "no")
print(list(b))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq())

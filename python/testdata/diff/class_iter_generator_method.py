class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return f"Tree({self.value})"

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), len(t), max(t), 3 in t, sorted(t, reverse=True))
it = iter(t)
print(next(it), next(it), type(it).__name__)

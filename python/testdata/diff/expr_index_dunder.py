class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print([1, 2, 3][I(1)], "abc"[I(2)], (1, 2)[I(0)], [0, 1, 2, 3][I(1):I(3)], range(10)[I(4)])
print("x" * I(3), [0] * I(2), b"ab"[I(1)], list(range(I(3))), bin(I(6)), f"{'abcdef'[I(1):I(-1):I(2)]}")
try:
    [1][I(5)]
except IndexError as e:
    print("IndexError:", e)

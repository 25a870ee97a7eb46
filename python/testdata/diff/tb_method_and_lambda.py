class Calc:
    def apply(self, fn, v):
        return fn(v)

c = Calc()
print(c.apply(lambda x: x + 1, 1))
c.apply(lambda x: x["k"], [1])

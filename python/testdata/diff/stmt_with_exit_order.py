class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n, exc[0] is not None)

def f():
    with R(1), R(2) as r2, R(3):
        print("inside", r2.n)
        return "ret"

print(f())
with (R("a") as a,
      R("b") as b):
    print(a.n, b.n)
for i in range(2):
    with R(i):
        if i == 0:
            continue
        print("body", i)

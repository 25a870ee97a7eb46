class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False

with CM("a") as x:
    print("body", x)
with CM("one") as a, CM("two") as b:
    print("body", a, b)
try:
    with CM("err"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("propagated", e)

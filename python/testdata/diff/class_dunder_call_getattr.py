class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Proxy:
    real = "class attr"
    def __init__(self):
        self.own = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "virtual " + name

add5 = Adder(5)
print(add5(10), callable(add5))
p = Proxy()
print(p.own, p.real, p.anything)
print(hasattr(p, "_hidden"), getattr(p, "_x", "default"))

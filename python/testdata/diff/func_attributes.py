def f(a, b=1):
    "doc string"
    return a

print(f.__name__, f.__doc__, f.__qualname__)
f.extra = 5
print(f.extra)

class K:
    def meth(self):
        pass
    class Inner:
        def deep(self):
            pass

print(K.meth.__qualname__, K.Inner.deep.__qualname__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(callable(f), callable(5), callable(K), callable(K()))

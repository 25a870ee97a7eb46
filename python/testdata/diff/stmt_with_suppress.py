class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", repr(ev))
            return True
        return None

with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("after")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError", e)

def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"
print(f())

class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class Bad:
    def __bool__(self):
        return 1

print(bool(Empty()), bool(Falsy()), len(Falsy()), not Empty())
print([x for x in (Empty(), Falsy(), 0, "", [], None, 1) if x])
print("yes" if Empty() else "no", Falsy() or "fallback", type(Empty() and "unreached").__name__)
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError:", e)

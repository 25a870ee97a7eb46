def none():
    pass

def two(a, b):
    pass

def kw(*, a, b):
    pass

class C:
    def m(self, x):
        pass

for call in (lambda: none(1), lambda: two(1), lambda: kw(), lambda: kw(1),
             lambda: C().m(), lambda: C().m(1, 2), lambda: two(1, 2, c=3),
             lambda: two(**{'a': 1, 'b': 2, 'z': 3}), lambda: two(1, *[2, 3])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__ + ":", e)

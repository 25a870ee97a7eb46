class BadIter:
    def __iter__(self):
        return 5

class BadRepr:
    def __repr__(self):
        return 42

class BadHash:
    def __hash__(self):
        return "h"

class BigLen:
    def __len__(self):
        return 2 ** 70

class BadNext:
    def __iter__(self):
        return self

for name, call in (("iter", lambda: iter(BadIter())), ("for", lambda: [x for x in BadIter()]),
                   ("repr", lambda: repr(BadRepr())), ("hash", lambda: hash(BadHash())),
                   ("len", lambda: len(BigLen())), ("next", lambda: list(BadNext()))):
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(name, type(e).__name__ + ":", e)

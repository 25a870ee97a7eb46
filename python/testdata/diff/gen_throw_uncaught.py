def g():
    yield 1
    yield 2

it = g()
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "finished"))
fresh = g()
try:
    fresh.throw(ValueError)
except ValueError as e:
    print("before start", repr(e))
print(list(fresh))

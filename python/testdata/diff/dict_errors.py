d = {}
try:
    d["missing"]
except KeyError as e:
    print(repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    for k in (dd := {1: 1}):
        dd[2] = 2
except RuntimeError as e:
    print(e)
print({1: "a", 1.0: "b", True: "c"})

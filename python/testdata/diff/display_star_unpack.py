a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print({*a, *b, 1})
print({**{"x": 1, "y": 2}, "y": 3, **{"z": 4}})
print([*range(3), *{}.keys()])
d1 = {"a": 1}
d2 = {"a": 2, "b": 3}
print({**d1, **d2}, d1 | d2, d2 | d1)
print(*a, *b, sep="-")

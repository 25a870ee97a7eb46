a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a, "el" in "hello", "" in "x")
print(1 in {1: "a"}, "a" in {1: "a"}, 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print((1, 2) in [(1, 2)], [1] in [[1]], 1.0 in [1])
print(x := 3, x in (1, 2, 3))
try:
    1 in 5
except TypeError as e:
    print(e)

x = 5
print(x is 5)
print("start")
items = [1, 2]
try:
    print([1, 2] [0, 1])
except TypeError as e:
    print(e)
print("a" "b" is not None)

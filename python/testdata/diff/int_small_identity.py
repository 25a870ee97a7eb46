a = 256
b = 255 + 1
print(a is b)
x = -5
y = -6 + 1
print(x is y)
n = 10
ten = 10
print(n * 1 is n, (n + 0) is ten - 0)
print([i for i in range(-5, 257) if i is not int(str(i))] == [])
seven, zero = 7, 0
print(int("7") is seven, True is (1 == 1), None is None)
print(0 == -0, zero is -zero)

print(2 ** 10, 2 ** 100, (-3) ** 3, 10 ** 0)
print(2 ** -2, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(0 ** 0, 0.0 ** 0, 1.5 ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(type(2 ** 2).__name__, type(2 ** -2).__name__)

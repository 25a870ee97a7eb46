print(1 + 1.0, 3 * 0.5, 2 ** 0.5, 10 / 5, type(10 / 5).__name__)
print(1 == 1.0, hash(1) == hash(1.0), {1: "int"}[1.0], 2 ** 53 + 1 == float(2 ** 53 + 1))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2, 1.5, 1, 0.5]))
print(10 ** 20 * 1.0, float(10 ** 20), int(1e20) == 10 ** 20)
print(True + 0.5, 3 % 2.5, divmod(7, 2.0), abs(-3.0), abs(-3))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(10 ** 400 > 1e308, 1 / 10 ** 400)

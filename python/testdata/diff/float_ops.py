print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(0.5), round(1.5), round(7.0), type(round(7.3)).__name__, type(round(7.3, 0)).__name__)
print(int(2.9), float(7), float("  1.5 "), float("-1e3"), float("infinity"))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan])
print(float.hex(1.0), (0.5).hex(), float.fromhex("0x1.8p1"))
print(3 * 1.1, 1.1 * 3, 7.0 // 2, 7.5 % 2, -7.5 // 2)
try:
    float("abc")
except ValueError as e:
    print(e)

print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159, 2), round(2.5), round(-0.5), round(15, -1), round(25, -1), round(1.005, 2))
print(round(123.456, -1), round(5), round(5.5, None), round(1e300, 2), round(-1.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(5, 3, 7), pow(-2, 3, 5))
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    round("x")
except TypeError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)

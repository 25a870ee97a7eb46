# cpython: >=3.10
print(int(" -42 "), int("1_000"), int("ff", 16), int("0x1F", 0), int(3.9), int(True))
print(float(" 2.5\n"), float("1e3"), float("-inf"))
print(int(None))

print(int("42"), int("-17"), int("  9  "), int("+3"), int("1_000"))
print(int("ff", 16), int("777", 8), int("z", 36), int("0o17", 0), int("0x_ff", 16))
print(int(3.99), int(-3.99), int(True), int(1e20))
for bad in ("", "4.5", "abc", "1__0", "0x10"):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)

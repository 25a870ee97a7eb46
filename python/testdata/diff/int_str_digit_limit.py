big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)))
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
print((10 ** 4299) % 9)

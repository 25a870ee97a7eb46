print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(7.5 // 2, -7.5 % 2, 7 / 2, -7 / 2)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 70, -1 >> 3, 1024 >> 20)
print(+True, -True, ~True, -(-5))
print("ab" + "cd", "ab" * 3, 3 * [0], [1] + [2], (1,) * 2)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [] * 2.0
except TypeError as e:
    print(e)

MAX = 2 ** 63 - 1
MIN = -2 ** 63
vals = [MAX, MIN, MAX - 1, MIN + 1, 2 ** 62, -2 ** 62, 1, -1, 0]
print(MAX + 1, MIN - 1, MAX * 2, MIN * -1, -MIN, abs(MIN), MIN // -1, MIN % -1, divmod(MIN, -1))
print(MAX * MAX, MIN * MIN, MIN * MAX, (2 ** 62) * 2, (2 ** 32) * (2 ** 31), (-2 ** 32) * (2 ** 31))
print(1 << 63, -1 << 63, 1 << 64, (1 << 63) >> 1, MIN >> 63, MIN >> 64, MAX >> 62, -1 >> 100, 3 << 62)
print(MIN & MAX, MIN | MAX, MIN ^ MAX, ~MIN, ~MAX, MAX & -MAX, MIN ^ -1)
print(MIN // 7, MIN % 7, MAX // -7, MAX % -7, -MIN // 2, pow(2, 63), pow(-2, 63), (-2) ** 64)
print([hash(v) for v in vals])
print(sum(vals), sum([MAX, MAX, MIN]), max(vals), min(vals), sorted(vals)[:3])
x = MAX
x += 1
y = MIN
y -= 1
z = 3037000500
print(x, y, z * z, -z * z, z * -z, (z - 1) * (z - 1), type(x).__name__, x - 1 == MAX, y + 1 == MIN)
print(int(str(MIN)), int("-9223372036854775808") == MIN, float(MAX), int(float(MIN)), round(MAX, -1), MAX / 3)

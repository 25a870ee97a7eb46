a = 2 ** 200
print(a)
print(a // 3 ** 50, a % 1000007, -a // 7, -a % 7)
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
b = 12345678901234567890123456789
print(b * b, b - 2 * b, abs(-b))
print(divmod(b, 97), divmod(-b, 97))
print(hex(a), oct(b), bin(2 ** 65 + 1))
print(int(str(b)) == b, str(-b))
print(10 ** 30 // 10 ** 15, (10 ** 30) / (10 ** 15))
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 < 2 ** 63)

print(int("١٢٣"), int("  ٣  "), float("１.５"), int("0_7"), float("1_0.0_1"), float("1e500"), float("-1e-500"))
print(float("  -Infinity "), float("nAn"), int("-0"), int("+0x_1f", 0), int("0o_7", 0), int(" 1_000_000 "))
print(repr(float("nan")), repr(-float("inf")), 1e500 == float("inf"), divmod(-0.0, 1), -0.0 == 0.0, str(-0.0))
for bad in ("1e", "0x", "1__0", "_1", "1_", "١٢x", ".", "e5", "0b2", "++1"):
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, repr(bad), "->", e)

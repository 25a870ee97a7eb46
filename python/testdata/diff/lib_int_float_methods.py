print((-1).to_bytes(2, "big", signed=True), (127).to_bytes(1, "little", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((-255).bit_length(), (0).bit_length(), (2 ** 100).bit_count(), (-7).bit_count(), True.bit_length())
print((7).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.125).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print((1.5).hex(), (-0.0).hex(), float.fromhex("-0x1.ffp10"), float.fromhex("inf"), (3.0).is_integer(), (1e300).is_integer())
print(True.real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, complex(1, 2).imag, (1.5).conjugate())
print(divmod(-7.5, 2), divmod(7, -2.5), divmod(2 ** 70, -7), pow(3, -2, 11), pow(-3, 3, 7), pow(2, 0.5))
print(round(2.5), round(-3.5), round(0.125, 2), round(1e20, -19), round(123, -2), round(150, -2), round(-250, -2))
for call in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: float("inf").as_integer_ratio(),
             lambda: float("nan").as_integer_ratio(), lambda: round(float("inf")), lambda: round(float("nan")),
             lambda: pow(2, -1, 4), lambda: float.fromhex("0xz")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

n = 255
print(n.bit_length(), n.bit_count(), n.to_bytes(2, "big"), n.to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((-7).as_integer_ratio(), (10).is_integer())
print(int.__name__, (5).__add__(3), (5).__rsub__(2))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print(e)

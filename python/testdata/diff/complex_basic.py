z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z == complex(3, 4))
print(1j * 1j, (1 + 2j) / (3 - 4j), complex("1+2j"), complex(2), -1j, 0j)
print(repr(1e20j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)))

print(format(1234567, ","), format(1234567, "_"), format(255, "08b"), format(255, "#X"))
print(format(3.14159, ".3"), format(1e-7, ".3"), format(1234.5, ".3g"), format(0.5, "%"))
print(format(42, "*^9"), format(-42, "=+8"), format(42, "+"), format(-0.0, ""), format(-0.0, "z.1f"))
print(format("text", ".2"), format("text", ">6"), format(True, "d"), format(True, ""), format(None, ""))
print(format(1e16, ""), format(1e16, "f"), format(123.0, "g"), format(1.0, "n"), format(12, "n"))
print(format(2 ** 70, ","), format(0.1, ".20f"), format(1 / 3, ".15e"), format(-1.5, "010.2f"))
for v, spec in ((1.5, "d"), ("s", ","), (3, ".2s"), (1, "=10s")):
    try:
        format(v, spec)
    except ValueError as e:
        print("ValueError:", e)

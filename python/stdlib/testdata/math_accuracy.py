# exp, log, log2, log10, sin, cos, tan over many arguments, as glibc computes them
# (correctly rounded but log10, which is fdlibm's formula).
import math
xs = [i / 7 for i in range(1, 200)] + [10 ** k for k in range(-20, 21)] + [1.5 ** k for k in range(-60, 34)] + [i * 12345.678 for i in range(1, 20)] + [i * 1.1e15 for i in range(1, 8)]
for name in ["exp", "log", "log2", "log10", "sin", "cos", "tan", "sqrt"]:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    print(name, len(out))
    for i in range(0, len(out), 8):
        print(" ".join(out[i:i + 8]))
for x in [-1.5, -100.25, -700.5, -0.001, 3.14159, 1e5 + 0.3, 123456.789]:
    print(math.exp(x), math.sin(x), math.cos(x), math.tan(x))

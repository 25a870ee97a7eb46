class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.c, spec) + "°C"
    def __str__(self):
        return f"{self.c}C"
    def __repr__(self):
        return f"Temp({self.c!r})"

class Loud(str):
    def __format__(self, spec):
        return super().__format__(spec).upper()

t = Temp(21.5)
print(f"{t} {t:.0f} {t:.1F} {t!s} {t!r:>12}|")
print("%s %r %5.1f %-6s|%.3s|" % (t, t, t.c, "ab", "abcdef"))
print("{0.c:+.2f} {0!r} {0:F} {1:>8}|".format(t, Loud("hey")))
print(format(Loud("x"), "^5"), f"{Loud('quiet')}", "%d %i %x" % (3.9, True, 255))
data = {"t": t, "n": [1, 2]}
print("{t.c} {n[1]} {t!s:*^9}".format(**data), "%(t)s and %(n)r" % data)
for bad in (lambda: "%d" % t, lambda: "{:z}".format(t.c), lambda: format(t, "q"), lambda: "%c" % 1114112):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

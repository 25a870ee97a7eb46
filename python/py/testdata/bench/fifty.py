# A 50-line script for BenchmarkCompile50.
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def primes(n):
    sieve = [True] * (n + 1)
    out = []
    for i in range(2, n + 1):
        if sieve[i]:
            out.append(i)
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return out


def stats(xs):
    total = sum(xs)
    mean = total / len(xs)
    var = sum((x - mean) ** 2 for x in xs) / len(xs)
    return {"n": len(xs), "mean": mean, "var": var}


try:
    pts = [Point(i, i * i) for i in range(10)]
    d = {p.x: p.dist(pts[0]) for p in pts if p.x % 2 == 0}
    print(d, gcd(48, 18), primes(30))
    print(stats([1, 2, 3, 4]))
except (ValueError, KeyError) as exc:
    print("error:", exc)
finally:
    print("done")
with open("x") if False else None as f:
    pass

import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.0001), math.trunc(-3.9), math.pi, math.e, math.tau)
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10**20 + 5), math.factorial(25))
print(math.comb(10, 3), math.perm(10, 3), math.perm(5), math.fsum([0.1] * 10), math.prod([1, 2, 3], start=2))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(10 ** 400))
print(math.exp(1), math.pow(2, 0.5), math.hypot(3, 4), math.atan2(1, 1), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.modf(-3.5), math.fmod(-7, 3), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.fabs(-2))
for f, a in ((math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1), (math.isqrt, -4),
             (math.acos, 2), (math.factorial, 2.5), (math.sqrt, "x"), (math.pow, (0, -1))):
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

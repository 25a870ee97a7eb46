import math
tests = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.log(10, 1),
    lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400),
    lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.comb(-1, 2),
    lambda: math.comb(5, -1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.sqrt("4"),
    lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.gcd(1.5, 2), lambda: math.acos(2),
    lambda: math.sin(math.inf), lambda: math.fmod(1, 0), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.dist((1, 2), (1, 2, 3)), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
    lambda: math.atan2(1), lambda: math.log(), lambda: math.gamma(0), lambda: math.gamma(-2),
    lambda: math.trunc("x"), lambda: math.ldexp(1.0, 1.5), lambda: math.lgamma(0), lambda: math.cosh(1000),
    lambda: math.sqrt(None), lambda: math.log10(0), lambda: math.log2(-1), lambda: math.atanh(1),
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
class Floaty:
    def __float__(self): return 2.25
class Idx:
    def __index__(self): return 7
class F:
    def __floor__(self): return "floored"
print(math.sqrt(Floaty()), math.factorial(Idx()), math.floor(F()), math.sqrt(Idx()))
print(math.sqrt(-0.0), math.floor(-0.5), math.copysign(1, -0.0))
math.sqrt(-2)

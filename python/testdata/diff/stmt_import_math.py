import math
from math import sqrt, pi as PI, floor

print(sqrt(16), floor(2.7), math.ceil(2.1))
print(round(PI, 5), math.gcd(12, 18), math.isqrt(99))
print(math.inf, -math.inf, math.isnan(math.nan))
print(math.factorial(20), math.fabs(-3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)

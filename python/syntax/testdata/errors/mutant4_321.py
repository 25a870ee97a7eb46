# Calibration of DefaultStepCost (see exec_run.go): run with python3.11 and with futurescope run.
import time
def work(n):
    total = 0
    for  in range(n):
        total += i * i % 7
    return total
def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i
def burn(n):
    total = 0
    for i in range(n):
        total += i
    return total
for name, f, arg in [("work", work, 1000000), ("gcd", gcd, (1963309, 2265973)), ("burn", burn, 1000000)]:
    t = time.perf_counter(); f(arg); print(name, '%.4f' % (time.perf_counter() - t))

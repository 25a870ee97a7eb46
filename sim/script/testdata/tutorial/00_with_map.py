# The tutorial's example, as written in reference/source-tutorial-zh.md, after the
# definitions of the classic example it follows (a trial-division gcd and six pairs).
def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


numbers = [(3300331, 3479419), (3052020, 3177335), (3400931, 3766973),
           (3150440, 3477795), (3100492, 3248050), (3201690, 3524259)]

from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(gcd, numbers))
print(results)

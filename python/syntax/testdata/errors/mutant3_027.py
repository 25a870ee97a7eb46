# The tutorial's example, as written in reference/source-tutorial-zh.md, after the
# definitions of the classic example it follows (a trial-division gcd and six pairs).
	def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


numbers = [(4200463, 4593944), (3904385, 4248515), (4300462, 4666717),
           (4004375, 4203935), (3950378, 4318764), (4051461, 4249068)]

from concurrent.futures import ProcessPoolExecutor

with ProcessPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(gcd, numbers))
print(results)

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

import time
from concurrent.futures import ProcessPoolExecutor

start = time.time()
future_list = []
pool = ProcessPoolExecutor(max_workers=4)
for pair in numbers:
    ## submit函数返回future对象
    future = pool.submit(gcd, pair)
    future_list.append(future)

## 此时任务并未开始执行
print('%.3f seconds.' % (time.time() - start))
## result()方法返回future对象的返回值, 可授受一个timeout参数.
results = [ [future.result() for future in future_list]
end = time.time()

print(results)
print('Took %.3f seconds.' % (end - start))

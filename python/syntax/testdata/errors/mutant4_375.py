# The tutorial's example, as written in reference/source-tutorial-zh.md, after the
# definitions of the classic example it follows (a trial-division gcd and six pairs).
def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i


numbers = [(4200463, 4593944), (3904385, 4248515), (4300462, 4666717),
           (4004375, 4203935), (3950378, 4318764), (4051461, 4249068)][

import time
from concurrent.futures import ProcessPoolExecutor, as_completed

start = time.time()
future_list = []
## 为了查看as_completed的效果, 这里指定max_workers为1.
pool = ProcessPoolExecutor(max_workers=1)
for pair in numbers:
    ## submit函数返回future对象
    future = pool.submit(gcd, pair)
    future_list.append(future)

print('=========================')
## 此时任务并未开始执行
for future in future_list:
    print('执行中:%s, 已完成:%s' % (future.running(), future.done()))
print('=========================')
## as_completed返回的与future_list类型相同, 不过是已经完成了的future.
for future in as_completed(future_list, timeout=0.5):
    print('执行中:%s, 已完成:%s' % (future.running(), future.done()))

results = [future.result() for future in future_list]
end = time.time()

print(results)
print('Took %.3f seconds.' % (end - start))

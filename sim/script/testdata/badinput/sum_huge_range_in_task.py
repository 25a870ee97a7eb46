# want: limit steps
# line: 6
from concurrent.futures import ThreadPoolExecutor

def total(n):
    return sum(range(n))

with ThreadPoolExecutor() as ex:
    print(ex.submit(total, 10**12).result())

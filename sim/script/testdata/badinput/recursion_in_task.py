# want: exception RecursionError
# stderr-has: RecursionError: maximum recursion depth exceeded
from concurrent.futures import ThreadPoolExecutor

def down(n):
    return down(n + 1)

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(down, 0)
    print(type(f.exception()).__name__)
    f.result()

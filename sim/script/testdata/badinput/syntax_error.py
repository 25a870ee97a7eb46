# want: syntax
# line: 10
# stderr-has: SyntaxError: '(' was never closed
from concurrent.futures import ThreadPoolExecutor

def work(n):
    return n * n

with ThreadPoolExecutor() as ex:
    print(ex.submit(work, 3).result(

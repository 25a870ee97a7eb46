# want: syntax
# line: 12
# stderr-has: SyntaxError: invalid syntax
from concurrent.futures import ThreadPoolExecutor

def work(n):
    return n * n

with ThreadPoolExecutor() as ex:
    print(ex.submit(work, 3).result())

print("done") print("again")

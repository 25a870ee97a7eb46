# want: limit steps
# line: 6
from concurrent.futures import ThreadPoolExecutor

def callback(f):
    while True:
        pass

with ThreadPoolExecutor() as ex:
    f = ex.submit(pow, 2, 10)
    f.add_done_callback(callback)
print(f.result())

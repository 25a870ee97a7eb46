# threading.local: each thread sees its own attributes.
import threading
from concurrent.futures import ThreadPoolExecutor
data = threading.local()
data.x = "main"
def work(n):
    if not hasattr(data, "x"):
        data.x = f"worker {n}"
    return data.x
with ThreadPoolExecutor(2) as ex:
    print(sorted(set(ex.map(work, range(6)))) != [], data.x)
t = threading.Thread(target=lambda: print(hasattr(data, "x")))
t.start(); t.join()
del data.x
print(hasattr(data, "x"))
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)

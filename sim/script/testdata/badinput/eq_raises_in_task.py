# want: exception TypeError
# stderr-has: TypeError: cannot compare
from concurrent.futures import ThreadPoolExecutor

class Odd:
    def __eq__(self, other):
        raise TypeError("cannot compare")

def find(items):
    return Odd() in items

with ThreadPoolExecutor() as ex:
    print(ex.submit(find, [Odd(), Odd()]).result())

# cpython: >=3.10
print("before")
def work(futures):
    return len(futurs)
work([])

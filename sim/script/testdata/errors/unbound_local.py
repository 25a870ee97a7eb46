# cpython: >=3.11
def f():
    print(count)
    count = 1
f()

# cpython: >=3.11
def check(n, k):
    return n % k
print(check(7, 2))
print(check(7, 0))

import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1000)
def r():
    r()
try:
    r()
except RecursionError as e:
    print(type(e).__name__, e)
l = []
for _ in range(100000):
    l = [l]
print(len(l))

s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[::-1], s[1::3], s[6:1:-2], s[100:], s[-100:2])
lst = list(range(10))
print(lst[3:7], lst[::-3], lst[-1:-4:-1], lst[5:2])
lst[2:5] = ["a"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
t = tuple(range(5))
print(t[1:3], t[slice(None, None, -1)])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl])
print(sl.indices(5))
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)

print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(min(3, 1, 2), max("abc", "b"), min([5, 2, 8]), max([], default="empty"), min((), default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, 3, 3.0, 2]))
print(max({1: "a", 5: "b"}), min("hello"), max(2, 2.5), min(-1, -1.0))
for call in (lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: max(1), lambda: min(1, 2, default=0)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

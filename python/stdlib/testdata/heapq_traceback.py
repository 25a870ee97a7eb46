# heapq and bisect are C in CPython: errors from comparisons show only the
# script's frames.
import heapq, bisect
h = []
for p in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, (p, f"task{p}"))
print(h[0], [heapq.heappop(h)[0] for _ in range(len(h))], bisect.bisect.__name__)
data = [30, 10, 20, 5, 15]; heapq.heapify(data); print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data))
xs = [1, 3, 5, 7]
print(bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5), bisect.bisect(xs, 0), bisect.bisect(xs, 5, 3), bisect.bisect_left(xs, 4, hi=1))
bisect.insort(xs, 4); bisect.insort_left(xs, 4); print(xs)
people = [("ann", 31), ("bob", 45)]
bisect.insort(people, ("cy", 40), key=lambda p: p[1]); print(people, bisect.bisect(people, 41, key=lambda p: p[1]))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: bisect.bisect(xs, 1, -1), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Task:
    def __init__(self, n): self.n = n
heap = [Task(1)]
heapq.heappush(heap, Task(2))

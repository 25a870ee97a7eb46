# heapq as a priority queue of timers and bisect for sorted deadlines: push and pop with tuples,
# heapify, nsmallest and nlargest with key, merge, heappushpop and heapreplace; bisect with key,
# insort, and the errors of empty heaps.
import bisect
import heapq

timers = []
for when, name in [(0.5, "b"), (0.1, "a"), (0.9, "d"), (0.5, "c")]:
    heapq.heappush(timers, (when, name))
print([heapq.heappop(timers) for _ in range(len(timers))])
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
jobs = [{"n": "x", "p": 3}, {"n": "y", "p": 1}, {"n": "z", "p": 2}]
print(heapq.nsmallest(2, jobs, key=lambda j: j["p"]), heapq.nlargest(1, [4, 9, 2]), heapq.nlargest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))
deadlines = [1.0, 2.5, 4.0, 4.0, 7.5]
print(bisect.bisect(deadlines, 4.0), bisect.bisect_left(deadlines, 4.0), bisect.bisect_right(deadlines, 0))
bisect.insort(deadlines, 3.0)
bisect.insort_left(deadlines, 4.0)
print(deadlines)
rows = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(rows, 3, key=lambda r: r[1]), bisect.bisect(rows, 4, key=lambda r: r[1]))
bisect.insort(rows, ("x", 4), key=lambda r: r[1])
print(rows, bisect.bisect([1, 2, 3], 2, lo=2), bisect.bisect([1, 2, 3], 2, 0, 1))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: bisect.bisect([], 1, lo=-1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

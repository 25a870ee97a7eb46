import heapq, bisect, copy
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 0, 3]; heapq.heapify(data); print(data, heapq.heappushpop(data, 2), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(2, [1, 8, 3, 9]), heapq.nsmallest(2, [1, 8, 3, 9]), heapq.nlargest(1, ["aa", "b"], key=len), list(heapq.merge([1, 4], [2, 3])))
tasks = []
for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
    heapq.heappush(tasks, (p, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9), bisect.bisect(a, 3, 0, 2))
bisect.insort(a, 5); bisect.insort_left(a, 0); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([("a", 1), ("c", 3)], 2, key=lambda t: t[1]))
l = [[1, 2], {"k": [3]}]
s = copy.copy(l); d = copy.deepcopy(l)
l[0].append(9); l[1]["k"].append(4)
print(s, d, s[0] is l[0], d[0] is l[0])
class Node:
    def __init__(self, v): self.v, self.kids = v, []
n = Node(1); n.kids.append(Node(2)); n.kids.append(n)
m = copy.deepcopy(n)
print(m.v, m.kids[0].v, m.kids[1] is m, m is n, m.kids[0] is n.kids[0])
c = copy.copy(n); print(c.kids is n.kids, copy.copy(5), copy.deepcopy((1, [2]))); t = (1, 2); print(copy.deepcopy(t) is t)

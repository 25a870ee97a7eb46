# collections.Counter for tallying results: most_common, arithmetic, update and subtract, elements,
# total, comparisons, and its repr.
from collections import Counter

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["dog"], len(c), c.total())
c.update(["cat", "cat"])
c.update(hat=5)
c.subtract({"the": 10})
print(c)
print(sorted(c.elements())[:6], +c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(a + b, a - b, a & b, a | b)
print(Counter("abracadabra").most_common(), Counter() == Counter(a=0), Counter(a=1) <= Counter(a=2, b=1))
d = dict(Counter("hello"))
print(sorted(d.items()), Counter({"x": 2}).keys(), list(Counter("ab").values()))
e = Counter(x=1)
e["y"] += 2
del e["x"]
print(e, repr(Counter()), Counter(a=2, b=2, c=3).most_common(1))
print(sum([Counter(a=1), Counter(b=1)], Counter()), Counter("aab") == Counter("aba"))

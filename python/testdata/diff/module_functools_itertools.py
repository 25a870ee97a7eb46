import functools
import itertools
import operator
from collections import Counter, defaultdict, deque, namedtuple

def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
print(square(7), list(map(square, range(4))), square.func is power, square.keywords)
print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda a, b: a + b, [[1], [2]], []))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)

print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain([1], (2, 3), "ab")))
print(list(itertools.product("ab", [0, 1])), list(itertools.combinations(range(4), 2))[:3])
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")], list(itertools.accumulate([1, 2, 3, 4])))
print(list(zip(itertools.repeat("x", 3), itertools.cycle([1, 2]))), list(itertools.pairwise("abcd")))

counts = Counter("mississippi")
print(counts.most_common(2), counts["s"], counts["z"], sorted(counts.elements())[:4])
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
q = deque([1, 2, 3], maxlen=3)
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), list(q))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), Point._fields, tuple(p))

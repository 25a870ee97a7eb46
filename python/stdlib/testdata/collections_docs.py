# Examples from the collections and functools documentation.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
from functools import lru_cache, partial, reduce, total_ordering, cached_property, wraps
import re

cnt = Counter()
for word in ['red', 'blue', 'red', 'green', 'blue', 'blue']:
    cnt[word] += 1
print(cnt, cnt.most_common(1), sorted(cnt.elements()), cnt.total(), list(cnt))
words = re.findall(r'\w+', "the cat and the hat and the bat")
print(Counter(words).most_common(3))
c = Counter(a=4, b=2, c=0, d=-2); d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d); print(c, +c, -c, dict(c))
print(Counter('which'), Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), sum(Counter(a=1, b=2).values()))

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(sorted(d.items()), d)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
sets = defaultdict(set)
for k, v in [('red', 1), ('blue', 2), ('red', 3), ('blue', 4), ('red', 1), ('blue', 4)]:
    sets[k].add(v)
print(sorted(sets.items()))

class LRU:
    def __init__(self, maxsize=2):
        self.cache = OrderedDict()
        self.maxsize = maxsize
    def get(self, key, compute):
        if key in self.cache:
            self.cache.move_to_end(key)
            return self.cache[key]
        value = self.cache[key] = compute(key)
        if len(self.cache) > self.maxsize:
            self.cache.popitem(last=False)
        return value
lru = LRU()
for k in [1, 2, 1, 3, 4]:
    lru.get(k, lambda x: x * 10)
print(lru.cache, list(lru.cache.keys()))

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p[0] + p[1], p, p._asdict(), p._replace(x=33), Point._make([1, 2]), Point._fields, getattr(p, 'x'))
Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', Point._fields + Color._fields)
print(Pixel(11, 22, 128, 255, 0))
Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults, Account('premium'))
EmployeeRecord = namedtuple('EmployeeRecord', 'name, age, title, department, paygrade')
print(EmployeeRecord._make(["Ann", 30, "dev", "eng", 3]))
class PointWithHypot(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
for q in PointWithHypot(3, 4), PointWithHypot(14, 5 / 7):
    print(q)

def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(maxlen=n)
    s = 0
    for elem in it:
        d.append(elem)
        s += elem
        if len(d) == n:
            yield s / n
            s -= d[0]
print(list(moving_average([40, 30, 50, 46, 39, 44])))
dq = deque('ghi'); dq.extendleft('abc'); dq.rotate(1); print(dq, dq[-1], list(reversed(dq)))

baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
cm = ChainMap(adjustments, baseline)
print(cm['art'], cm['music'], sorted(cm), cm.new_child({'x': 1})['x'])

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(16)], fib.cache_info())

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func, basetwo.args, basetwo.keywords)
print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))

@total_ordering
class Student:
    def __init__(self, last, first):
        self.lastname, self.firstname = last, first
    def _is_valid_operand(self, other):
        return hasattr(other, "lastname") and hasattr(other, "firstname")
    def __eq__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return (self.lastname.lower(), self.firstname.lower()) == (other.lastname.lower(), other.firstname.lower())
    def __lt__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return (self.lastname.lower(), self.firstname.lower()) < (other.lastname.lower(), other.firstname.lower())
print(Student("a", "b") <= Student("a", "c"), Student("b", "a") >= Student("a", "z"), Student("x", "y") > Student("x", "y"))

class DataSet:
    def __init__(self, sequence_of_numbers):
        self._data = tuple(sequence_of_numbers)
    @cached_property
    def stdev(self):
        import statistics
        return statistics.stdev(self._data)
ds = DataSet([1, 2, 3, 4]); print(ds.stdev, ds.stdev)

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        print('Calling decorated function')
        return f(*args, **kwds)
    return wrapper
@my_decorator
def example():
    """Docstring"""
    print('Called example function')
example(); print(example.__name__, example.__doc__)

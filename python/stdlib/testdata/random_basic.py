# random: CPython's Mersenne Twister, bit for bit: the same numbers after the same seed.
import random

random.seed(1)
print(random.random())
print([random.random() for _ in range(3)])
random.seed(12345)
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.getrandbits(5), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(10**6), 8))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=4))
print(random.uniform(1, 2), random.uniform(-5, 5))
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
print(random.normalvariate(0, 1), random.expovariate(2), random.triangular(0, 10, 3))
print(random.lognormvariate(0, 0.5), random.paretovariate(3))
print(round(random.vonmisesvariate(1, 4), 12))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1))
print(random.betavariate(2, 5), random.weibullvariate(1, 1.5))
print(random.randbytes(6))
for s in ["hello", b"bytes", 3.5, -7, 2**100, 0, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 6))
random.seed("abc", version=1)
print(random.random())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], state[0], len(state[1]), state[1][-1])
r = random.Random(42)
r2 = random.Random(42)
print(r.random() == r2.random(), r.randint(1, 10**30), random.Random("x").choice("abcdef"))
for i in range(700):
    r.random()
print(r.random(), r.getrandbits(64))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(10, 1, 2), lambda: random.choice([]), lambda: random.sample(range(3), 5),
            lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1),
            lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("ab", 3),
            lambda: random.gammavariate(0, 1), lambda: random.setstate((9, (), None))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Mine(random.Random):
    def random(self):
        return 0.5


print(Mine(3).uniform(0, 10), Mine().choices("abcd", k=3), Mine().randrange(10), Mine().sample(range(5), 3))


class Bits(random.Random):
    def getrandbits(self, k):
        return k // 2


print(Bits().randrange(10), Bits().choice("abcdef"), Bits(5).random() < 1)

class Base:
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1

    def greet(self):
        return f"hello {self.name}"

    @property
    def upper(self):
        return self.name.upper() if hasattr(self.name, "upper") else self.name

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, name):
        return cls(name)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Child(Base):
    def greet(self):
        return super().greet() + "!"


class Mixin:
    def greet(self):
        return "mixin " + super().greet()


class Multi(Mixin, Child):
    pass


c = Child.make("bo")
print(c, c.greet(), Base.helper(4), c.helper(5), Base.count)
print(Multi("m").greet(), [k.__name__ for k in Multi.__mro__])


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), len({v, Vec(4, 6)}))
print(Vec(1, 2) < Vec(1, 3), Vec(2, 0) > Vec(1, 9), list(v), v[1], 6 in v, bool(Vec(0, 0)))


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val)
        return typ is KeyError


with Ctx() as x:
    print("body", type(x).__name__)
with Ctx():
    raise KeyError("swallowed")
print("after")


class Dyn:
    def __getattr__(self, name):
        return name * 2

    def __call__(self, *a, **k):
        return a, k


d = Dyn()
print(d.ab, d(1, x=2))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


inc = counter()
inc()
print(inc(), inc.__name__, inc.__qualname__)
total = 0


def add(x):
    global total
    total += x


add(5)
print(total, [f(3) for f in [lambda x: x + 1, lambda x: x * 10]], (y := 7) + y)

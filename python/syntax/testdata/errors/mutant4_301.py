f"{x!r:{'>'}{10}}"
f"{'a' if x else 'b'}"
f"{x:{'<' if y else '>'}}"
f"{{}}"
f"{x}}}"
f"{{{x}"
f"a\
b{x}"
f"{x:\n}"
rf"\{x}\n"
f"{x:{y}.{z}f}"
f"{'\''}"
f"{f'{f"{x}"}'}"
f'{x["a"]}'
f"{x=:}"
f"{3!r}"
f"{x:=^10}"
f"{(x:=1)}"
f"{x: }"
f"{x}" "y" f"{z}" "w"
"a" f"" "b"
f"{x!r}"f"{y}"
f"{[1,2][0]}"
f"{ {1: 2}[1] }"
f"{ {1, 2} }"
f"{x,y}"
f"{x:{{}>10}"
u"x" "y"
"x" u"y"
b"a" b"b" B"c"
x = 0xFF_FF
x = 1_000.000_1
x = 1e1_0
x = 0o1_7
x = .1e-1_0j
x = 1.e5
x = 00.5
x = 0e0
x = 09.5
x = 09e1
x = 09j
x = 1 if 2 else 3 if 4 else 5
x = not not a
x = - - a
x = a ** - b ** c
x = -a ** b
x = a[b][c](d)(e).f
x = (a)(b)
x = (a).b
x = (a)[b]
x = ((a, b))
x = (yield)
x = a, *b, c
x = [*a, *b]
x = {**a, 'b': 1, **c}
print(*a, *b, c=1, **d, e=2)
x = a if b else(c)
x = lambda: (yield)
x = lambda *a, b=1, **c: 0
x = lambda a, /, b, *, c: 0
x = lambda a=1, /, b=2: 0
x = lambda *, a: 0
x = [i for i in range(3) if i if i > 0 for j in range(i)]
x = {i: j for i, j in a}
x = a[1:2:3, 4]
x = a[:, :]
x = a[::2]
x = a[1:]
x = a[-1]
x = a[()]
x = a[1,]
x = a[b:=1]
del a[1:2], b.c, (d), [e]
x = a @ b
x @= b
x = a // b // c
x = a < b < c
x = a not in b in c
x = a is not b is c
x = ~a
a.b.c = 1
a[b][c] = 1
(a), b = 1, 2
[(a)] = 1,
x, = 1,
*a, = b
a = yield
a = yield b
a = yield from b
assert a, (b, c)
raise a from b
import a.b.c as d, e
from .a import (b, c as d,)
from ...a.b import c
with a as b, c as (d, e), f: pass
with (a as b): pass
with (a, b): pass
with (a, b) as c: pass
with (a): pass
with (a as b, c): pass
with (a for b in c): pass
with (a, b,): pass
class A(B, metaclass=M, **kw): pass
def f(a: int = 1, *b: str, c: "x" = 2, **d: float) -> None: ...
def g(a, b, /, c, d=1, *, e, f=2, **g): return
def h(*, a): return a,
x = b"\x00\xff\n\\"
x = "\0\1\12\123\1234"
x = "\u00e9\U0001F600\x41"
x = r"\u00e9"
x = "\q\w"
x = '\''
x = "\""
x = ''
x = """"""
x = ''''''
x = ...
x = 1j + 2.5j
x = 1.5e300 * 1e300
x = 123456789012345678901234567890123456789
x = 0b1111111111111111111111111111111111111111111111111111111111111111111
x = 0.000001
x = 1e-7
x = 123456789.0
x = 1234567890123456789.0
x = 1e22
x = 2.5e-5
x = 5e-324
x = 1e-323
x = f"{x!r:^{w}.{p}}" f'{y=}' "tail"
x = [a for b in c if d] + [e] * 2 ** -f
x = a if not b else -c
x = a or b and not c
x = 1 < 2 == 3 != 4 >= 5 <= 6 > 7 in [] not in () is None is not True
x = 1; y = 2;
if a: b; c
lambda: 1
x = (1,)[0]
x = {1: {2: {3: ()}}}
x = ((((((1))))))
print(f"{'{'}")
print(f"{'}'}")
print(f"{'a':{'b'}}")
print(f"{a!s:>{b!r}}")

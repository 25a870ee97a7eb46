# with blocks: Enter and Exit, nesting, several items, and every way out.
from ctx import Manager

with Manager("a") as a:
    print("body", a)
print("after")
#> enter a
#> body a
#> exit a
#> after
# ---
from ctx import Manager

with Manager("a"), Manager("b") as b:
    print("body", b)
#> enter a
#> enter b
#> body b
#> exit b
#> exit a
# ---
from ctx import Manager

with Manager("a") as a:
    with Manager("b") as b:
        print(a, b)
#> enter a
#> enter b
#> a b
#> exit b
#> exit a
# ---
# break and continue inside a with block act on the enclosing loop.
from ctx import Manager

for i in range(4):
    with Manager("m%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    print("after", i)
print("done")
#> enter m0
#> body 0
#> exit m0
#> after 0
#> enter m1
#> exit m1
#> enter m2
#> exit m2
#> done
# ---
# return inside with blocks, also from a loop inside the block.
from ctx import Manager


def first_even(xs):
    with Manager("outer"):
        for x in xs:
            with Manager("inner"):
                if x % 2 == 0:
                    return x
    return None


print(first_even([1, 4, 6]))
print(first_even([1]))
#> enter outer
#> enter inner
#> exit inner
#> enter inner
#> exit inner
#> exit outer
#> 4
#> enter outer
#> enter inner
#> exit inner
#> exit outer
#> None
# ---
# An error in the body exits the blocks, innermost first, then propagates.
from ctx import Manager


def f():
    with Manager("a"):
        with Manager("b"):
            print(1 // 0)  # error: division


f()
#> enter a
#> enter b
#> exit b
#> exit a
# ---
# An error in __exit__ is raised at the with statement's line.
from ctx import Manager

with Manager("a", fail_exit=True):  # error: exit failed: a
    print("body")
print("not reached")
#> enter a
#> body
#> exit a
# ---
# Parenthesized items (Python 3.10) spread over lines, and a tuple target.
from ctx import Manager

with (
    Manager("a") as a,
    Manager("b", value=(1, 2)) as (x, y),
):
    print(a, x + y)
#> enter a
#> enter b
#> a 3
#> exit b
#> exit a
# ---
# A with block on one line, and a with inside a while loop.
from ctx import Manager

n = 0
while True:
    with Manager("w"): n += 1
    if n == 2:
        break
print(n)
#> enter w
#> exit w
#> enter w
#> exit w
#> 2
# ---
# Executors are context managers; the block's value is the executor.
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result())
ex.submit(square, 1)  # error: cannot schedule new futures after shutdown
#> 49
# ---
with 42:  # error: 'int' object does not support the context manager protocol
    pass
# ---
# __exit__'s error is raised also when break leaves the block.
from ctx import Manager

for i in range(3):
    with Manager("a", fail_exit=True):  # error: exit failed: a
        break
print("not reached")
#> enter a
#> exit a
# ---
# nopython
# When the body fails and __exit__ fails too, the body's error is reported
# (CPython reports __exit__'s, chained to the body's).
from ctx import Manager

with Manager("a", fail_exit=True):
    x = 1 // 0  # error: integer division or modulo by zero
#> enter a
#> exit a
# ---
# A def inside a with block keeps its own return; loops inside the block
# keep their own break and continue; a return inside a while loop leaves the
# block.
from ctx import Manager


def g():
    with Manager("g"):
        def inner():
            return "inner"
        for i in range(3):
            if i == 0:
                continue
            break
        n = 0
        while True:
            n += 1
            if n == 3:
                return inner() + " " + str(i) + " " + str(n)
    return "not reached"


print(g())
#> enter g
#> exit g
#> inner 1 3
# ---
# A with statement in a comprehension's function, and return without a value.
from ctx import Manager


def h(names):
    for name in names:
        with Manager(name):
            if name == "stop":
                return
            print("body", name)


h(["a", "stop", "b"])
#> enter a
#> body a
#> exit a
#> enter stop
#> exit stop
# ---
# An error two calls deep exits every open block, innermost first.
from ctx import Manager


def inner():
    with Manager("inner"):
        return [][1]  # error: index


def outer():
    with Manager("outer1"), Manager("outer2"):
        inner()


outer()
#> enter outer1
#> enter outer2
#> enter inner
#> exit inner
#> exit outer2
#> exit outer1

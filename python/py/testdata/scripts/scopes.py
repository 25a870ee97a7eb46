x = "global"


def outer():
    x = "enclosing"
    funcs = [lambda i=i: (i, x) for i in range(3)]

    def inner():
        nonlocal x
        x = "changed"
        return [y for y in (x, x.upper())]

    class K:
        x = "class body"
        seen = [x for _ in range(1)]

        def m(self):
            return x

    got = inner()
    return [f() for f in funcs], got, K.seen, K().m()


print(outer(), x)
print({n: n * n for n in range(4) if n % 2}, {c for c in "hello"} == set("helo"))
total = 0
for i in range(5):
    if i == 3:
        continue
    total += i
else:
    print("loop finished", total)
while True:
    break
else:
    print("never printed")
print([(a, b) for a in range(3) for b in range(a) if (a + b) % 2], (n := 10) * 2, n)

class C:
    n = 3
    vals = [n * i for i in range(3)] if False else None
    squares = [i * i for i in range(n)]
print(C.squares)

def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
try:
    class D:
        y = 2
        z = [y for _ in range(2)]
except NameError as e:
    print("NameError:", e)
i = "untouched"
print([i for i in range(2)], i)
print([(lambda: i)() for i in range(3)])

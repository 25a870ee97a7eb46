def src(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i

print("zip:")
z = zip(src("a", 3), src("b", 2))
print("  zip created")
for pair in z:
    print("  got", pair)
print("map:")
m = map(lambda x: x * 10, src("m", 2))
print("  map created")
print(" ", next(m))
print("enumerate:")
e = enumerate(src("e", 2), start=5)
print(" ", next(e))
print("filter:")
f = filter(None, src("f", 3))
print(" ", list(f))
print(type(z).__name__, type(m).__name__, type(e).__name__, type(f).__name__)

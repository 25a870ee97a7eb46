# The lazy builtins (enumerate, zip, map) hold the generator they iterate: leaving a for loop over one
# drops both, and the generator is closed; while the builtin's iterator lives, so does the generator.
def counted(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

for i, x in enumerate(counted("enumerate")):
    break
print("after enumerate")
for a, b in zip(counted("zip"), range(5)):
    break
print("after zip")
for v in map(str, counted("map")):
    break
print("after map")
g = counted("kept by zip")
z = zip(g, "ab")
next(z)
del g
print("zip alive:", next(z))
del z
print("-- end")

def checks():
    for v in [0.1, 0.3, 0.05, 0.5]:
        print("check", v)
        yield v

print(any(v > 0.2 for v in checks()))
print(all(v < 0.2 for v in checks()))
print(next(v for v in checks() if v < 0.1))
print(next((v for v in checks() if v > 9), "none"))
it = iter(checks())
print(list(zip(it, range(2))))
print(list(it))

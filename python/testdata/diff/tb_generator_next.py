def reader(lines):
    for n, line in enumerate(lines, 1):
        yield n, int(line)

it = reader(["1", "2", "x"])
print(next(it))
print(next(it))
print(next(it))

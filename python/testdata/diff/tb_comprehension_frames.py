def parse_all(items):
    return [int(s) for s in items]

def total(items):
    return sum(int(s) for s in items)

try:
    parse_all(["1", "x"])
except ValueError as e:
    print("listcomp:", e)
print(total(["1", "2"]))
total(["3", "y"])

def parse(s):
    return int(s)


def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            raise RuntimeError(f"bad item {it!r}") from e
    return out


data = {"a": [1, 2]}
print(load(["1", "2"]))
try:
    data["b"]
except KeyError:
    load(["3", "x"])

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

point = {"x": 1, "y": 2.5, "tags": ["a", "b"]}
print("{x}, {y:.2f}, {tags[1]}, {x!r:>4}".format_map(point))
print("{name} is {age}".format_map(Default(name="Ann")))
for fmt, m in (("{0}", {}), ("{missing}", {}), ("{x", {"x": 1})):
    try:
        fmt.format_map(m)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

data = {"list": [1, 2.5, "s", None], "tuple": (1,), "set": {3}, "nested": {"k": [(), [], {}]}}
print(data)
print(repr(data) == str(data))
print([[["deep"]]], ((1, (2, (3,))),), [{"a": {"b": {"c": 1}}}])
print({1: set(), 2: frozenset({1}), 3: range(2), 4: b"b", 5: True, 6: 1.0})
print(["a'b", "c\"d", "tab\t"], ("x",), [1.5e-7, -0.0])
print(str("s"), [str("s")], {"s": "s"})

one, lst, none, s = 5, [1], None, "s"
cases = [
    ("list index", lambda: [1, 2][5]),
    ("tuple index", lambda: (1,)[-2]),
    ("str index", lambda: "ab"[2]),
    ("dict key", lambda: {}["k"]),
    ("unhashable", lambda: {1: 2}[[1]]),
    ("list by str", lambda: lst["a"]),
    ("int subscript", lambda: one[0]),
    ("None subscript", lambda: none["x"]),
    ("range index", lambda: range(3)[3]),
    ("str by float", lambda: s[1.5]),
]
for name, fn in cases:
    try:
        fn()
    except (IndexError, KeyError, TypeError) as e:
        print(f"{name:<14} -> {type(e).__name__}: {e}")

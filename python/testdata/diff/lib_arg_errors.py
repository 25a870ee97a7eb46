for call in (lambda: "x".find(1), lambda: "x".rfind(1), lambda: "x".index(1), lambda: "x".count(1), lambda: "x".startswith(1),
             lambda: "x".split(1), lambda: "x".partition(1), lambda: "x".strip(1), lambda: "x".replace(1, "a"), lambda: "x".removeprefix(1),
             lambda: "x".center(3, 1), lambda: "x".join([1]), lambda: "x".zfill("a"), lambda: "x".upper(1), lambda: "x".find(), lambda: "x".find("a", 1, 2, 3),
             lambda: "x".split("a", 1, 2), lambda: "x".split(sep="a", x=1), lambda: "x".translate(), lambda: "x".encode(1), lambda: "x".splitlines(1, 2),
             lambda: [].index(), lambda: [].count(), lambda: (1,).index(2), lambda: [1].index(1, "a"), lambda: {1}.union(1), lambda: {1}.issubset(),
             lambda: set().pop(1), lambda: (1).to_bytes(-1, "big"), lambda: sorted(), lambda: sorted([], 1), lambda: [].sort(1), lambda: [].sort(foo=1),
             lambda: min(), lambda: min(1, key=2, x=3), lambda: abs(), lambda: abs(1, 2), lambda: round(), lambda: divmod(1), lambda: pow(1), lambda: chr("a"),
             lambda: sum(), lambda: sum([], 0, 1), lambda: any(), lambda: format(1, 2), lambda: hex("a"), lambda: ord(1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

from concurrent.futures import ThreadPoolExecutor, as_completed

with ThreadPoolExecutor() as ex:
    futures = [ex.submit(pow, i, 2) for i in range(10)]
    done = {f: f.result() for f in as_completed(futures)}
    evens = {x for x in range(10) if x % 2 == 0 if x > 2}
    pairs = [(i, j) for i in range(3) for j in range(i) if i != j]
    total = sum(f.result() for f in futures)
    first = next(f for f in as_completed(futures))
    nested = [[y for y in range(x)] for x in range(3)]
    gen = (x * 2 for x in range(5))
    flat = [*range range(3), *[4, 5]]
    merged = {**done, 'k': 1, **{}}
    s = {*a, *b}
    any(f.result() < 0.2 for f in as_completed(fs))
    lst = [a for a, b in pairs]
    lst2 = [a for (a, b) in pairs]
    lst3 = [x for x in y if (z := x)]
    lst4 = [x for x in lambda_ if not x]
    lst5 = [x for x in (1, 2) if x if x]
    dc = {k: v for k, v in zip("ab", range(2))}
    t = tuple(x for x in y)
    g2 = (x for x in y for z in x)
    e = []
    e2 = {}
    e3 = ()
    one = (1,)
    l2 = [1, 2, 3,]
    d2 = {1: 2, 3: 4,}
    s2 = {1, 2,}

class Table:
    rows = [(i, i * i) for i in range(4)]
    total = sum(sq for _, sq in rows)
    names = {f"r{i}": v for i, v in rows}

print(Table.rows, Table.total, Table.names)
gens = [(lambda k: (x * k for x in range(3)))(k) for k in (1, 10)]
print([list(g) for g in gens])
nested = [[(r, c) for c in range(r)] for r in range(3)]
print(nested)
pairs = {(a, b) for a in range(3) for b in range(a, 3) if a != b}
print(sorted(pairs))
flat = [x for row in [[1, 2], [3], []] for x in row if x % 2]
print(flat)

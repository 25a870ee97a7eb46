def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(f"{v:>{w}}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(a, identity) == a, [sum(r) for r in a], [sum(c) for c in zip(*a)])
big = [[2 ** (i + j) for j in range(3)] for i in range(3)]
show(matmul(big, big))
print(sum(map(sum, big)), max(map(max, big)), min(v for r in big for v in r))

def div(a, b):
    return a / b


def compute(xs):
    total = 0
    for x in xs:
        total += div(10, x) + xs[x]
    return total


print(compute([1, 2]))

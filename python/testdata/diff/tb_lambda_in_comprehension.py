data = [1, 2, 0, 4]
scale = {"k": 10}
result = [
    (lambda v: scale["k"] / v)(x)
    for x in data
]

data = [1, 2, 3]
result = sum(
    x * 2
    for x in data
) + data[
    10
]

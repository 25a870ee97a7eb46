values = [1, 2]
total = 0
for v in values
    total += v

# want: limit steps
# line: 3
total = sum(range(10**12))
print(total)

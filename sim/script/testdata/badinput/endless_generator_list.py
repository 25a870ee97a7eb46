# want: limit steps
# line: 5
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(len(list(naturals())))

# want: limit steps
# line: 10
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def squares():
    for n in naturals():
        yield n * n

print(sum(squares()))

# want: limit steps
# line: 10
def naturals():
    n = 0
    while True:
        yield n
        n += 1

total = 0
for x in naturals():
    total += x
print(total)

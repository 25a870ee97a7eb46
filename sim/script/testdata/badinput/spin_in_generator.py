# want: limit steps
# line: 5
def stuck():
    yield 1
    while True:
        pass
    yield 2

print(list(stuck()))

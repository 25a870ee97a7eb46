def gen():
    yield 1
    yield 1 / 0

def consume():
    for x in gen():
        print("got", x)

consume()

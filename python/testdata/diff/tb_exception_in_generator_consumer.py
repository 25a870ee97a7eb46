def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")

def consume():
    return [n * 2 for n in numbers()]

try:
    consume()
except ValueError as e:
    print("caught:", e)
total = sum(numbers())

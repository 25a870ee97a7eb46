def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = mid()
    return x, r

print(outer())

def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, lambda: (total, items)

add, get = acc()
add(1); add(2); add(3)
print(get())

def nothing():
    pass

def bare():
    return

def multi():
    return 1, 2, 3

def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1

print(nothing(), bare())
print(multi())
a, b, c = multi()
print(a + b + c)
print(early(3), early(20))

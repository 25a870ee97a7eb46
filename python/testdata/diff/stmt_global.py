count = 0
names = []

def bump():
    global count
    count += 1
    names.append(count)

def make():
    global fresh
    fresh = "created"

for _ in range(3):
    bump()
make()
print(count, names, fresh)

def read_only():
    return count * 10
print(read_only())

def shadow():
    count = -1
    return count
print(shadow(), count)

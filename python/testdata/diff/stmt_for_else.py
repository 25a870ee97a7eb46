def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
for x in []:
    print("never")
else:
    print("else on empty")
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("loop done", i)

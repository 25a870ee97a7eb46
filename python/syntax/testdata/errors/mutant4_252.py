import time

results = []
for i in range(10):
    if i % 2 == 0:
        continue
    elif i == 7:
        break
    else:
        results.append(i)
else:
    print("no break")

n = 0
while n < 5:
    n += 1
    if n == 3: pass
else:
    print("done", n)

for a, b in zip("ab", "cd"): print(a, b))
for (x, y), z in [((1, 2), 3)]:
    pass
for *head, tail in [[1, 2, 3]]:
    print(head, tail)
for i, in [(1,)]:
    pass
if x: y = 1
elif z: y = 2
else: y = 3
while True: break

n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("not reached")
print("after", n)
k = 3
while k:
    k -= 1
else:
    print("while else", k)
while True:
    k += 1
    if k > 2:
        break
print(k)

for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
    else:
        print("inner completed")
print()
result = []
for a in "ab":
    for b in "xy":
        for c in (1, 2):
            if c == 2:
                continue
            result.append(a + b + str(c))
print(result)

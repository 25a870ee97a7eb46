s = ""
for i in range(20000):
    s += "ab"
print(len(s), s[:6], s[-4:])
parts = []
for i in range(10000):
    parts.append(str(i))
joined = "".join(parts)
print(len(joined), joined[:12])
print(len("x" * 1000000))

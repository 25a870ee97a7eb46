# want: ok
# stdout-has: 10000000 hij
s = ""
for i in range(10**6):
    s += "abcdefghij"
print(len(s), s[-3:])

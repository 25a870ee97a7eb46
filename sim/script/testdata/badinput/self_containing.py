# want: ok
# stdout-has: [1, [...]] {'me': {...}}
l = [1]
l.append(l)
d = {}
d["me"] = d
print(l, d)

def show(label, v):
    print("eval", label)
    return v

class C:
    def __init__(self):
        self.n = 0

c = C()
show("obj", c).n += show("rhs", 1)
d = {"k": [1]}
show("dict", d)[show("key", "k")] += show("rhs", [2])
print(c.n, d)
lst = [0, 0]
i = 0
lst[i] += 5
i += 1
lst[i] -= 2
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)

def show(label, value):
    print("eval", label)
    return value

d = {}
d[show("key", "k")] = show("value", 1)
show("target", [0])[show("index", 0)] = show("rhs", 5)
x = show("a", 1) + show("b", 2) * show("c", 3)
f = show("callee", print)
f(show("arg1", 1), show("arg2", 2), sep=show("sep", "-"))
print({show("k1", 1): show("v1", 2), show("k2", 3): show("v2", 4)})

def defaults(a=show("default", 0)):
    return a
print("defined")

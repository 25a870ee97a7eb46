d = {(1, "a"): 1}
print(d[(1, "a")])
print(d[(2, "it's")])

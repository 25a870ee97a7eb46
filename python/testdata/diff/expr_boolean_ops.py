def t(x):
    print("t", x)
    return x

print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t("") or t("last"))
print(t([]) or t([1]))
print(not t(None))
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or None)
print(bool("0"), bool(0.0), bool(-1), bool(" "))

def sign(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    else:
        return "nan"

print([sign(v) for v in (3, -2, 0, float("nan"))])
if []:
    print("empty list true")
elif {}:
    print("empty dict true")
else:
    print("both falsy")
if 0 or "" or None:
    pass
else:
    print("falsy chain")

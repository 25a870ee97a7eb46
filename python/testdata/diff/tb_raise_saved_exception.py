def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

try:
    check(-1)
except ValueError as e:
    err = e
print("saved", repr(err))
raise err

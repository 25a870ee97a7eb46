def check(n):
    if n < 0:
        raise RuntimeError
    return n


check(-1)

def broken(fn):
    raise TypeError(f"cannot decorate {fn.__name__}")

def ok(fn):
    return fn

@ok
@broken
def handler():
    pass

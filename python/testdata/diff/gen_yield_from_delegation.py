def inner():
    try:
        while True:
            try:
                x = yield
                print("inner got", x)
            except KeyError as e:
                print("inner handled", repr(e))
    except GeneratorExit:
        print("inner closing")
        raise
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("never", result)

g = outer()
next(g)
g.send(1)
g.throw(KeyError("k"))
g.send(2)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
h = outer()
next(h)
h.close()
print("closed")

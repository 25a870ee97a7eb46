def f():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            print("inner context:", repr(inner.__context__))
        print("back in outer handler")
    try:
        pass
    finally:
        print("clean finally")
    return "done"
print(f())

def g():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("g finally")
print(g())

# A class renamed after its class statement: __name__, __qualname__ and __module__ change how the
# class, its instances and its exceptions print; bad values and deletion raise as CPython's.


def make():
    class Local:
        pass
    return Local


Local = make()
print(Local.__qualname__, Local.__name__, Local)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, Outer.Inner)
print("__qualname__" in Outer.__dict__, "__name__" in Outer.__dict__, Outer.__dict__["__module__"])

Made = type("Made", (), {})
Made.__name__ = "Renamed"
print(Made, Made.__name__, Made.__qualname__)


class Proxy:
    pass


Proxy.__name__ = Proxy.__qualname__ = "AutoProxy[Queue]"
print(Proxy, repr(Proxy()).split(" at ")[0], type(Proxy()).__name__)

Proxy.__module__ = "multiprocessing.managers"
print(Proxy, Proxy.__module__, repr(Proxy()).split(" at ")[0])
Proxy.__module__ = 5
print(Proxy, repr(Proxy()).split(" at ")[0])
Proxy.__module__ = "builtins"
print(Proxy)

for value in (3, None, "a\0b"):
    for attr in ("__name__", "__qualname__"):
        try:
            setattr(Made, attr, value)
            print("set", attr, repr(getattr(Made, attr)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

for attr in ("__name__", "__qualname__", "__module__"):
    try:
        delattr(Made, attr)
    except TypeError as e:
        print(e)

try:
    int.__qualname__ = "x"
except TypeError as e:
    print(e)


class Error(Exception):
    pass


Error.__qualname__ = "Outer.Error"
Error.__module__ = "pkg"
raise Error("renamed")

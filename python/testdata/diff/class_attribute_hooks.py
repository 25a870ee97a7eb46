class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

t = Tracked()
t.y = 2
del t.x
print(t.secret, t.y, t.log, hasattr(t, "x"))

class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())

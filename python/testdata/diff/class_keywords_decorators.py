registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.tag = "registered"
    return cls

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

@register
class A(metaclass=Meta, flavour="x"):
    pass

class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__, name)

class P1(Plugin, name="one"): pass
class P2(Plugin): pass
print(registry, A.tag, type(A).__name__)

class Box:
    def __init__(self):
        self._v = 1

    def _get(self):
        "the value"
        return self._v

    def _set(self, v):
        print("set", v)
        self._v = v

    def _del(self):
        print("deleted")
        del self._v

    value = property(_get)
    value = value.setter(_set)
    value = value.deleter(_del)

    @property
    def doubled(self):
        return self._v * 2

    @doubled.getter
    def doubled(self):
        return self._v * 3

b = Box()
b.value = 5
print(b.value, b.doubled, Box.value.fget is Box._get, Box.value.fset is Box._set, Box.doubled.fset)
print(Box.value.__doc__)
del b.value
print(hasattr(b, "_v"))
try:
    del b.doubled
except AttributeError as e:
    print("AttributeError:", e)

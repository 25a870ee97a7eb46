o = object()
print(type(o).__name__, isinstance(o, object), callable(object), callable(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, int.__bases__, bool.__bases__)
print(callable(print), callable(len), callable(lambda: 0), callable("s"), callable(str.upper))
class WithCall:
    def __call__(self):
        return "called"
print(callable(WithCall()), WithCall()())
try:
    s = "not callable"
    s()
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)

class Tools:
    measure = len
    shout = str.upper
    def method(self):
        return "bound"

t = Tools()
print(t.measure("abcd"), Tools.shout("x"), t.method())
print(type(t.method).__name__, type(Tools.method).__name__, type(t.measure).__name__, type(Tools.shout).__name__)
t.method = lambda: "instance attr"
print(t.method(), Tools.method(t))
for call in (lambda: t.shout(), lambda: t.shout("hi"), lambda: str.upper(5), lambda: list.append((), 1),
             lambda: dict.get([], 1), lambda: str.split(b"a b")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Bad:
    def __repr__(self):
        raise ValueError("repr exploded")

try:
    print([1, Bad()])
except ValueError as e:
    print("caught:", e)
try:
    f"{Bad()!r}"
except ValueError as e:
    print("f-string:", e)
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
print(Bad())

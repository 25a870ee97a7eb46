for make in (lambda: ValueError, lambda: ValueError("x"), lambda: KeyError((1, 2))):
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))
try:
    raise ValueError("a") from TypeError
except ValueError as e:
    print(repr(e.__cause__))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1 / 0
    finally:
        print("finally before propagate")
except ZeroDivisionError as e:
    print("outer", e, e.__context__)

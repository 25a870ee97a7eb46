class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise AppError(3, "bad thing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)


def f():
    try:
        return "try"
    finally:
        print("finally runs")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i


print(g())

try:
    raise
except RuntimeError as e:
    print(e)

try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch:", e)
else:
    print("no")
finally:
    print("done")


def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        raise


try:
    reraise()
except KeyError as e:
    print("reraised", e)

e = Exception(1, 2)
print(e.args, str(e), repr(Exception()), str(KeyError("a")))
print(issubclass(ZeroDivisionError, ArithmeticError), isinstance(AppError(1, "x"), Exception))

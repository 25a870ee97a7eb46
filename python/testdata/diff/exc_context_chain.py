def a():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during")

try:
    a()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
try:
    try:
        raise TypeError("first")
    finally:
        print("finally")
except TypeError as e:
    print(e.__context__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

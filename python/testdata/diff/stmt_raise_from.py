class AppError(Exception):
    pass

def load():
    try:
        {}["cfg"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    print(e, "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

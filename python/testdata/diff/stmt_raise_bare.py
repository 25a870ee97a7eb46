def handler():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging")
        raise

try:
    handler()
except KeyError as e:
    print("re-raised", repr(e))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)

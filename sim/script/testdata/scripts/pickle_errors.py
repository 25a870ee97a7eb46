# What pickle refuses: lambdas, nested functions, locks; and what loads says of bad data.
import pickle
import threading


def outer():
    def inner():
        pass
    return inner


for bad in [lambda: 0, outer(), threading.Lock(), threading.RLock(), threading.Event()]:
    try:
        pickle.dumps(bad)
    except AttributeError as e:
        print("AttributeError", "outer.<locals>.inner" in str(e))  # CPython 3.11 and 3.13 word it differently
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"\x80\x04K", b"junk", "text"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))

# A with block around a yield: dropping the suspended generator runs __exit__ at once (a lock
# released, a log line printed).
class Lock:
    held = False
    def __enter__(self):
        self.held = True
    def __exit__(self, *exc):
        self.held = False

lock = Lock()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def guarded():
    with lock:
        with Noisy("inner"):
            yield "holding the lock"

g = guarded()
print(next(g), lock.held)
g = None
print("after drop, locked:", lock.held)

def handler():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise

h = handler()
next(h)
del h
print("-- handler dropped")

def chain():
    try:
        yield 1
    finally:
        print("chain: finally")

def wrapper():
    g = chain()
    next(g)
    yield "wrapped"

w = wrapper()
next(w)
print("wrapper suspended, dropping it drops chain")
del w
print("-- done")

def gen_in_except():
    try:
        raise ValueError("inside")
    except ValueError:
        try:
            yield "in handler"
        finally:
            print("finally inside handler")

e = gen_in_except()
print(next(e))
e = 1
print("-- end")

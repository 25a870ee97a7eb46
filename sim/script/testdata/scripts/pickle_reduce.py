# __reduce__ and __getstate__/__setstate__ decide how an object pickles.
import pickle
import threading


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
        self.cache = {"f": celsius * 9 / 5 + 32}

    def __reduce__(self):
        return (Temperature, (self.celsius,))


class Connection:
    def __init__(self, host):
        self.host = host
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __reduce__(self):
        return (Tagged, ("restored",), {"extra": self.tag})


t = pickle.loads(pickle.dumps(Temperature(100)))
print(t.celsius, t.cache, pickle.dumps(Temperature(5)))
c = pickle.loads(pickle.dumps(Connection("db")))
print(c.host, c.lock.locked(), sorted(vars(c)))
print(pickle.dumps(Connection("db")))
g = pickle.loads(pickle.dumps(Tagged("x")))
print(g.tag, g.extra)
try:
    pickle.dumps(threading.Lock())
except TypeError as e:
    print("TypeError:", e)

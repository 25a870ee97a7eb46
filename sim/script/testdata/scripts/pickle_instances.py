# Instances pickle with their class's name and their __dict__; shared objects stay shared.
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Empty:
    pass


p = Point(1, 2)
data = pickle.dumps(p)
print(data)
q = pickle.loads(data)
print(q, q == p, q is p, type(q) is Point)
print(pickle.dumps(Empty()))
shared = [1, 2]
pair = pickle.loads(pickle.dumps((shared, shared, Point(shared, 0))))
print(pair[0] is pair[1], pair[2].x is pair[0], pair)
loop = []
loop.append(loop)
back = pickle.loads(pickle.dumps(loop))
print(back[0] is back, pickle.dumps(loop))
e = KeyError("missing")
e.extra = 5
f = pickle.loads(pickle.dumps(e))
print(repr(f), f.extra, pickle.dumps(e))
print(pickle.loads(pickle.dumps(p.__repr__))())

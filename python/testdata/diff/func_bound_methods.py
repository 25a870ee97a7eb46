class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

a = A(3)
m = a.get
print(m())
print(m.__self__ is a)
print(m.__func__ is A.get)
print(A.get(A(4)))
f = [A(i).get for i in range(3)]
print([g() for g in f])
print(a.get == a.get, a.get is a.get)
append = [].append
append(1)
print(type(m).__name__)

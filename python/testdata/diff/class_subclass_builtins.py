class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

class Counter(dict):
    def __missing__(self, key):
        return 0

class Upper(str):
    def shout(self):
        return self.upper() + "!"

class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"

s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
c = Counter(a=1)
print(c["a"], c["zz"], c)
u = Upper("hi")
print(u.shout(), u + "x", type(u + "x").__name__)
m = Meters(5)
print(m, m + 1, [m], type(m + 1).__name__)

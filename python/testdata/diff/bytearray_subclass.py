class B(bytearray):
    def tail(self):
        return self[-1]
    def __len__(self):
        return 99
b = B(b"xy")
b.append(65)
print(type(b).__name__, b, b.tail(), len(b), isinstance(b, bytearray), b == b"xyA", type(b + b"!").__name__, type(b[:1]).__name__)

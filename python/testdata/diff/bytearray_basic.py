ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba))
del ba[1]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]) + b"\x03")
try:
    ba[0] = 300
except ValueError as e:
    print(e)

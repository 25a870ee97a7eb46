ba = bytearray(b"hello world")
print(ba.upper(), ba.split(), ba.find(b"o"), ba.count(b"l"), ba.startswith(b"he"), ba.replace(b"l", b"L"))
print(ba[0], ba[-1], ba[1:4], ba[::-2], b"w" in ba, 111 in ba, len(ba), list(ba[:3]))
ba[0:5] = b"HOWDY"
ba += b"!"
print(ba, ba == b"HOWDY world!", b"HOWDY world!" == ba, ba < bytearray(b"z"), bytes(ba), type(b"x" + ba).__name__)
ba.insert(0, 62)
ba.reverse()
print(ba, ba.pop(0), ba.decode("ascii"), ba.hex())
del ba[::2]
print(ba, bytearray(2) * 2, 3 * bytearray(b"ab"), bytearray([65, 66]).lower(), bytearray(b"a,b").split(b","))
c = ba.copy()
c.clear()
print(c, ba != c, bool(c), bool(ba), bytearray("héllo", "utf-8"), b"-".join([bytearray(b"a"), b"b"]))
for bad in ["hash(ba)", "ba.remove(255)", "bytearray().pop()", "ba[100]", "ba.append(256)", "ba.append('x')", "bytearray(1.5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)

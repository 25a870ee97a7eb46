ba = bytearray(b"ab")
print(ba in b"xaby", b"ab".startswith(ba), b"xab".find(ba), b"ab" == ba, b"a" < ba, ba.join([b"1", bytearray(b"2")]))
print(bytes(ba) + ba, ba + ba, {bytes(ba): 1}[b"ab"], str(ba), f"{ba}", ba * 0, list(reversed(ba)), sorted(ba), sum(ba), max(ba))
print(b"%s" % ba if False else "", bytearray(b"x") is not bytearray(b"x"), bytearray.fromhex("4142") if hasattr(bytearray, "fromhex") else "n/a")

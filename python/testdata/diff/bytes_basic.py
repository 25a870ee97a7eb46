b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"ab" + b"cd", b"x" * 3)
print(b"abc".upper(), b"a,b".split(b","), b" x ".strip(), b"abc".find(b"c"), b"-".join([b"a", b"b"]))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"abc".hex(), bytes.fromhex("41 42"))
print(b"a" in b"abc", 97 in b"abc", b"abc".startswith(b"ab"), b"abc" == "abc")
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)

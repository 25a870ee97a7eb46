b = b"  Hello, World \t"
print(b.upper(), b.lower(), b.swapcase(), b.strip(), b.lstrip(), b.rstrip(b" \t"), b.strip(b" Hd\t"))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b" a  b c ".split(), b" a  b c ".split(None, 1), b" a  b c ".rsplit(None, 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".find(b"l", -2), b"hello".count(b""))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2), b".".join([b"a", b"b"]), b"aXbX".replace(b"X", b"--", 1))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"abc".partition(b"z"), b"abc".rpartition(b"z"))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \n".isspace(), b"".isalpha(), b"ABC".isupper(), b"abc".islower())
print(bytes(3), bytes([1, 255]), bytes("é", "utf-8"), bytes("x", encoding="ascii"), bytes(b"copy"), bytes(range(3)), bytes())
print(b"\xc3\xa9t\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"ab\xffc".decode("utf-8", "replace"), b"ab\xffc".decode("ascii", "ignore"), b"\xff".decode("utf-8", "backslashreplace"))
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff\x10".hex(":"), b"\x01\xab\xff\x10".hex("-", 3), b"\x01\xab\xff".hex(" ", -2), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
for call in (lambda: b"\xff".decode(), lambda: b"\xc3".decode(), lambda: b"\xe2\x82".decode(), lambda: b"\xe2(".decode(),
             lambda: b"\x80abc".decode("ascii"), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes([300]), lambda: bytes(1.5),
             lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"x".find("x"), lambda: b"x".join(["a"]),
             lambda: b"x".split(b""), lambda: b"x".decode("nope"), lambda: b"x".startswith("x")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

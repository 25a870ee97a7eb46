print(int("7"), float("7"), str(7), repr("7"), bool("7"), list("7"), tuple([7]), set([7, 7]))
print(dict(a=7), dict({"b": 8}, c=9), frozenset("aab") == frozenset("ab"), list({7: 1}.items()))
print(chr(65), ord("A"), hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(0))
print(str(b"x", "ascii"), bytes("x", "ascii"), int(" 0b11 ", 0), float(" -inf "))
for call in (lambda: chr(-1), lambda: chr(0x110000), lambda: hex(1.5), lambda: ord(""), lambda: float([])):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

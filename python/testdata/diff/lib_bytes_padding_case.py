for b in (b"hello world", b"HELLO wORLD 3rd-case", b"", b"a", b"\xffab", b"-42", b"+7", b"ab\tc\td\r\nxy\n\rz\r", b"Title Case", b"Not title"):
    print(b.capitalize(), b.title(), b.istitle(), b.isascii(), b.center(9), b.center(10, b"*"), b.ljust(6, b"-"), b.rjust(4), b.zfill(5))
    print(b.removeprefix(b"he"), b.removesuffix(b"ld"), b.splitlines(), b.splitlines(True), b.expandtabs(), b.expandtabs(3))
for call in (lambda: b"x".center(5, "*"), lambda: b"x".center(5, b"ab"), lambda: b"x".ljust("5"), lambda: b"x".removeprefix("x"), lambda: b"x".zfill(), lambda: b"x".splitlines(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(b"abc".center(6), b"abc".center(7), b"ab".center(5), b"ab".center(6), b"abc".center(4), b"abcd".center(7))

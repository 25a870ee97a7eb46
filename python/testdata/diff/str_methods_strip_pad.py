print(repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("  a ".lstrip()), repr(" a  ".rstrip()))
print(repr("www.example.com".strip("cmow.")), repr("abc".removeprefix("ab")), repr("abc".removesuffix("bc")))
print(repr("7".zfill(3)), repr("-7".zfill(4)), repr("+x".zfill(4)), repr("abc".zfill(2)))
print(repr("hi".center(7, "*")), repr("hi".center(6)), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("12345\t|".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)

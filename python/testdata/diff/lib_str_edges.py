s = "  a,b,,c  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(None, 1), "a  b  c".rsplit(None, 1))
print("a\rb\r\nc\x0bd\x1ce\u2028f".splitlines(), "abc".splitlines(), "".splitlines(), "\n".splitlines(True))
print("xxhixyx".strip("xy"), "ééaéé".strip("é"), "abc".lstrip("cba"), "--x--".rstrip("-"))
print("ab".center(5, "*"), "ab".center(6, "*"), "abc".center(6, "*"), "x".ljust(0), "x".rjust(3, "é"))
print("hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".find("", 10), "hello".count("", 2, 4))
print("aaa".replace("a", "b", 2), "aaa".replace("a", "", -1), "abc".replace("", "-", 2), "x".replace("x", "yy"))
print("hello".startswith(("he", "x"), 0, 2), "hello".endswith("lo", -2), "hello".startswith("", 5), "hello".startswith("", 6))
print("-42".zfill(6), "+".zfill(3), "42".zfill(-1), "a\tbc\td".expandtabs(3), "x\ny\tz".expandtabs(2))
print("hello wOrld's test-case 3rd".title(), "ǆ ǳ".title(), "ß".casefold(), "ﬁ".upper(), "İ".lower())
print("é€😀".encode("ascii", "replace"), "é€".encode("latin-1", "xmlcharrefreplace"), "é".encode("latin-1"), "é".encode())
print("abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: "AA", 98: None}), str.maketrans({"a": 1}))
for call in (lambda: "é€".encode("ascii"), lambda: "x".encode("nope"), lambda: "x".find(1), lambda: "x".split(1),
             lambda: "x".startswith(1), lambda: "x".center("5"), lambda: "x".partition(""), lambda: str.maketrans("ab", "c")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

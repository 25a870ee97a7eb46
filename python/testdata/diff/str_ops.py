s = "héllo wörld"
print(len(s), s[1], s[-1], s[::-1], s * 2, "ab" < "b", "Z" < "a")
print(ord("é"), chr(246), chr(0x1F600) == "\U0001F600", ord("\n"))
print(list("abc"), tuple("ab"), sorted("banana"), set("aa") == {"a"})
print("abc" in s, "llo" in s, s.encode("utf-8"), "x".encode())
print(str(12), str(1.5), str(None), str(True), str([1, "a"]), str(b"b"))
print(min("hello"), max("hello"), "".join(reversed("abc")))
try:
    s[0] = "H"
except TypeError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)

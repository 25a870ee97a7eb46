for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"),
          KeyError(), KeyError(1, 2), OSError(2, "No such file"), StopIteration(7), SystemExit(3)):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e)
print(repr(Exception(Exception("inner"))))
print(OSError(2, "nope").errno, OSError(2, "nope").strerror, StopIteration(7).value, SystemExit(3).code)

print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "abc".partition("z"))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)

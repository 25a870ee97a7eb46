import sys
print(*[], sep="x")
print(*"abc", sep="")
print("a", "b", sep="\n", end="|\n")
print(end="")
print("")
print(1, 2, end="", sep="-")
print(" <- no newline, then one")
print("multi\nline", "args")
print(None, end=None)
print("x", file=None)
sys.stdout.write("direct %d\n" % 5)
print(str(print)[:20], print.__name__)
try:
    print("x", end=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)

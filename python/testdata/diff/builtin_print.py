import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" continued")
print(*range(4), sep=" < ")
print("to err", 1, file=sys.stderr, sep="|")
print(None, True, 1.0, [1], flush=True)
print("x", sep=None, end=None)
try:
    print(sep=5)
except TypeError as e:
    print(e)

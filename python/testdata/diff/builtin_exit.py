import sys
print("leaving", file=sys.stderr)
print("bye")
quit(5)
print("not reached")

import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2", end="", flush=True)
print()
sys.stderr.write("err 2\n")
raise SystemError("custom system error")

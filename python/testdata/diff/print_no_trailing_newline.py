import sys
print("progress:", end=" ")
for i in range(3):
    print(i, end="", flush=True)
print("err partial", end="", file=sys.stderr)
print(" done", end="")

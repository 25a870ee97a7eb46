import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    exit_code = [].pop()
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
print("exiting 3")
sys.exit(3)

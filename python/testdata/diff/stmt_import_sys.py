import sys
import sys as system
from sys import stderr as err

print(system is sys, err is sys.stderr)
print(type(sys).__name__, sys.__name__)
print(__name__)
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)

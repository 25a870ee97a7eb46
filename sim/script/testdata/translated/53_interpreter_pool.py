# Reference case 53 (interpreter_pool), translated into the dialect; still valid Python.
# cpython: <3.14
# The case: InterpreterPoolExecutor (3.14+), a ThreadPoolExecutor subclass whose workers each own a
# subinterpreter; task exceptions come back with __cause__ ExecutionFailed; threads are named
# "InterpreterPoolExecutor-N_M".
#
# Covered: none of the expected lines; the script prints a line of its own, which CPython 3.11-3.13 prints too.
# Not covered: all three expected lines ("result: 1024", "error: ValueError cause=ExecutionFailed",
# "thread prefix: InterpreterPoolExecutor-"). They were read from 3.14's source; no CPython here has
# InterpreterPoolExecutor (3.11-3.13), and neither has the dialect, which follows 3.11-3.13. The script
# checks only that: concurrent.futures has no InterpreterPoolExecutor, as in CPython 3.11-3.13 (hence the
# "cpython: <3.14" line above: the differential test skips it under 3.14+, which would print True).
import concurrent.futures

print("InterpreterPoolExecutor available:", hasattr(concurrent.futures, "InterpreterPoolExecutor"))

"""
id: 53 (supplementary)
name: interpreter_pool
source: test_interpreter_pool.py; Doc InterpreterPoolExecutor (gh-124694)
requires: 3.14+
summary: InterpreterPoolExecutor is a ThreadPoolExecutor subclass whose workers each own a subinterpreter.
  fn/args/results cross interpreters via pickle (so no lambdas or __main__-defined functions when run under
  spawn-like isolation); an uncaught task exception is re-raised in the caller with __cause__ set to
  concurrent.futures.interpreter.ExecutionFailed. Threads are named "InterpreterPoolExecutor-N_M" by default.
EXPECTED:
result: 1024
error: ValueError cause=ExecutionFailed
thread prefix: InterpreterPoolExecutor-
END
"""
from concurrent.futures import InterpreterPoolExecutor

 if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=2) as ex:
        print("result:", ex.submit(pow, 2, 10).result())
        e = ex.submit(int, "x").exception()
        print("error:", type(e).__name__, "cause=" + type(e.__cause__).__name__)
        print("thread prefix:", ex._thread_name_prefix.rstrip("0123456789"))

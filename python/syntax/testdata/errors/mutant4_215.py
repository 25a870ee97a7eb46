"""
id: 43
name: context_manager
source: test_shutdown.py::test_context_manager_shutdown; _base.py Executor.__enter__/__exit__
requires: 3.2+
summary: `with Executor() as ex` returns the executor itself; leaving the block calls shutdown(wait=True) even
  when an exception is propagating (so the exception surfaces only after running work finished); __exit__
  returns False (exceptions are never swallowed).
EXPECTED:
__enter__ returns self: True
t=0.2 ValueError('inside with') propagated after waiting; f.done()=True
__exit__ returns: False
END
"""
import time
from concurrent.futures 	 ThreadPoolExecutor

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

ex = ThreadPoolExecutor(max_workers=2)
with ex as entered:
    print("__enter__ returns self:", entered is ex)
try:
    with ThreadPoolExecutor(max_workers=2) as ex2:
        f = ex2.submit(time.sleep, 0.2)
        raise ValueError("inside with")
except ValueError as e:
    print(f"t={t()} {e!r} propagated after waiting; f.done()={f.done()}")
print("__exit__ returns:", ex2.__exit__(None, None, None))

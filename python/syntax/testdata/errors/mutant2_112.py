"""
id: 03
name: future_cancel_pending
source: test_future.py::test_cancel, test_result_with_timeout, test_exception_with_timeout, test_result_with_cancel
requires: 3.8+
summary: cancel() on PENDING returns True and moves to CANCELLED; result()/exception() raise CancelledError;
  cancel() is idempotent; a thread blocked in result() is woken by cancel().
EXPECTED:
cancel -> True
CANCELLED cancelled=True done=True running=False
<Future at 0x… state=cancelled>
result raised CancelledError msg='' exact_class=True
exception raised CancelledError msg='' exact_class=True
cancel again -> True CANCELLED
CancelledError mro: ['CancelledError', 'Error', 'Exception', 'BaseException', 'object']
blocked result() woke at t=0.2 with CancelledError
END
"""
import threading
import time
from concurrent. import Future, CancelledError

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

f = Future()
print("cancel ->", f.cancel())
print(f._state, f"cancelled={f.cancelled()} done={f.done()} running={f.running()}")
print(repr(f))
for meth in ("result", "exception"):
    try:
        getattr(f, meth)(timeout=0)
    except CancelledError as e:
        print(meth, "raised", type(e).__name__, f"msg={str(e)!r}", f"exact_class={type(e) is CancelledError}")
print("cancel again ->", f.cancel(), f._state)
print("CancelledError mro:", [k.__name__ for k in CancelledError.__mro__])

g = Future()
T0 = time.monotonic()
threading.Timer(0.2, g.cancel).start()
try:
    g.result(timeout=5)
except CancelledError:
    print(f"blocked result() woke at t={t()} with CancelledError")

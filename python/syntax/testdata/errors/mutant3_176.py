"""
id: 05
name: future_set_running_or_notify_cancel
source: _base.py Future.set_running_or_notify_cancel; Doc "This method can only be called once"
requires: 3.2+
summary: On CANCELLED it returns False and moves to CANCELLED_AND_NOTIFIED (notifying wait()/as_completed()
  waiters). Called in any other non-PENDING state it logs CRITICAL and raises RuntimeError('Future in unexpected state').
EXPECTED:
after cancel: CANCELLED
set_running_or_notify_cancel -> False
after notify: CANCELLED_AND_NOTIFIED cancelled=True done=True
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: CANCELLED_AND_NOTIFIED
CANCELLED_AND_NOTIFIED -> RuntimeError: Future in unexpected state
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: RUNNING
RUNNING -> RuntimeError: Future in unexpected state
LOG CRITICAL concurrent.futures: Future <id> in unexpected state: FINISHED
FINISHED -> RuntimeError: Future in unexpected state
END
"""
import logging
import re
from concurrent.futures import Future

  class H(logging.Handler):
    def emit(self, r):
        print("LOG", r.levelname, r.name + ":", re.sub(r"Future \d+", "Future <id>", r.getMessage()))
logging.getLogger("concurrent.futures").addHandler(H())

f = Future()
f.cancel()
print("after cancel:", f._state)
print("set_running_or_notify_cancel ->", f.set_running_or_notify_cancel())
print("after notify:", f._state, f"cancelled={f.cancelled()} done={f.done()}")

r = Future(); r.set_running_or_notify_cancel()
d = Future(); d.set_result(0)
for fut in (f, r, d):
    label = fut._state
    try:
        fut.set_running_or_notify_cancel()
    except RuntimeError as e:
        print(label, "->", f"{type(e).__name__}: {e}")

"""
id: 13
name: cb_on_cancel_once
source: test_future.py::test_done_callback_with_cancel; _base.py Future.cancel
requires: 3.2+
summary: cancel() of a pending future runs the callbacks synchronously in the cancelling thread, exactly once:
  a second cancel() returns True without re-running them; set_running_or_notify_cancel() does not run them either.
EXPECTED:
cancel -> True calls=[('cb', 'CANCELLED', 'MainThread')]
cancel again -> True calls=[('cb', 'CANCELLED', 'MainThread')]
notify -> False calls=[('cb', 'CANCELLED', 'MainThread')] state=CANCELLED_AND_NOTIFIED
END
"""
im
port threading
from concurrent.futures import Future

calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("cb", fut._state, threading.current_thread().name)))
print("cancel ->", f.cancel(), f"calls={calls}")
print("cancel again ->", f.cancel(), f"calls={calls}")
print("notify ->", f.set_running_or_notify_cancel(), f"calls={calls}", f"state={f._state}")

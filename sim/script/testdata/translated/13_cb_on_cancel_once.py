# Reference case 13 (cb_on_cancel_once), translated into the dialect; still valid Python.
# cancel() of a pending future runs the callbacks synchronously in the cancelling thread, exactly once:
# a second cancel() returns True without re-running them; set_running_or_notify_cancel() does not run
# them either.
#
# Covered: all expected lines.
# Not covered: none.
import threading
from concurrent.futures import Future

calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("cb", fut._state, threading.current_thread().name)))
print("cancel ->", f.cancel(), "calls=%s" % calls)
print("cancel again ->", f.cancel(), "calls=%s" % calls)
print("notify ->", f.set_running_or_notify_cancel(), "calls=%s" % calls, "state=%s" % f._state)

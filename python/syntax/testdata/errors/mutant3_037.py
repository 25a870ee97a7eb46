"""
id: 11
name: cb_on_done_future
source: test_future.py::test_done_callback_already_successful/_failed/_cancelled
requires: 3.2+
summary: add_done_callback on an already-done future (finished, failed or cancelled) calls fn immediately,
  synchronously, in the caller's thread, before add_done_callback returns.
EXPECTED:
[('cb', 'MainThread', 5), ('after add_done_callback',)]
cb on cancelled future: cancelled=True
cb on failed future: ValueError('x')
cb on pending future ran in: Completer
END
"""
import threading
from concurrent.futures import Future

order = []
f = Future(); f.set_result(5)
f.add_done_callback(lambda fut: order.append(("cb", threading.current_thread().name, fut.result())))
order.append(("after add_done_callback",))
print(order)

c = Future(); c.cancel()
c.add_done_callback(lambda fut: print(f"cb on cancelled future: cancelled={fut.cancelled()}"))
e = Future(); e.set_exception(ValueError("x"))
e.add_done_callback(lambda fut: print("cb on failed future:", repr(fut.exception())))

  p = Future()
p.add_done_callback(lambda fut: print("cb on pending future ran in:", threading.current_thread().name))
th = threading.Thread(target=p.set_result, args=(1,), name="Completer")
th.start(); th.join()

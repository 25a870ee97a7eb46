# Reference case 11 (cb_on_done_future), translated into the dialect; still valid Python.
# add_done_callback on an already-done future (finished, failed or cancelled) calls fn at once,
# synchronously, in the caller's thread, before add_done_callback returns.
#
# Covered: all expected lines.
# Not covered: none.
import threading
from concurrent.futures import Future

order = []
f = Future()
f.set_result(5)
f.add_done_callback(lambda fut: order.append(("cb", threading.current_thread().name, fut.result())))
order.append(("after add_done_callback",))
print(order)

c = Future()
c.cancel()
c.add_done_callback(lambda fut: print("cb on cancelled future: cancelled=%s" % fut.cancelled()))
e = Future()
e.set_exception(ValueError("x"))
e.add_done_callback(lambda fut: print("cb on failed future:", repr(fut.exception())))

p = Future()
p.add_done_callback(lambda fut: print("cb on pending future ran in:", threading.current_thread().name))
th = threading.Thread(target=p.set_result, args=(1,), name="Completer")
th.start()
th.join()

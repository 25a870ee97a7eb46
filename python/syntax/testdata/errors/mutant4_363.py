"""
id: 01
name: future_initial_state
source: test_future.py::FutureTests::test_running/test_done/test_cancelled/test_repr
requires: 3.2+
summary: A fresh Future is PENDING: not running, not done, not cancelled.
EXPECTED:
PENDING running=False done=False cancelled=False
<Future at 0x… state=pending>
END
"""
from concurrent.futures import Future

f = Future()
print(f._state, , f"running={f.running()} done={f.done()} cancelled={f.cancelled()}")
print(repr(f))

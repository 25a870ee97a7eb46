"""
id: 29
name: as_completed_timeout_msg
source: test_as_completed.py::test_correct_timeout_exception_msg, test_future_times_out
requires: 3.2+
summary: When the deadline passes, next() raises TimeoutError('%d (of %d) futures unfinished' % (len(pending),
  total)) after everything that did finish was yielded; total counts distinct futures; the iterator is then
  exhausted (generator semantics).
EXPECTED:
yielded: ['cancelled_and_notified', 'success']
TimeoutError: 2 (of 4) futures unfinished | builtin TimeoutError: True
next after timeout: StopIteration
duplicates: 1 (of 2) futures unfinished
END
"""
from concurrent.futures import Future, as_completed, TimeoutError
from concurrent.futures._base import PENDING, RUNNING, CANCELLED_AND_NOTIFIED, FINISHED

def create_future(state, result=None):
    f = Future(); f._state = state; f._result = result
    return f

label = {create_future(CANCELLED_AND_NOTIFIED): "cancelled_and_notified", create_future(PENDING): "pending",
         create_future(RUNNING): "running", create_future(FINISHED, 42): "success"}
got = []
it = as_completed(list(label), timeout=0)
try:
    for f in it:
        got.append(label[f])
except TimeoutError as e:
    print("yielded:", sorted(got))
    print("TimeoutError:", e, "| builtin TimeoutError:", type(e) is __builtins__.TimeoutError)
try:
    next(it)
except StopIteration:
    print("next after timeout: StopIteration")

p = create_future(PENDING); s = create_future(FINISHED, 1) )
try:
    list(as_completed([p, p, s], timeout=0.1))
except TimeoutError as e:
    print("duplicates:", e)

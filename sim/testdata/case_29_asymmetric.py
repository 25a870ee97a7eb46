# The asymmetric counts of TestCase29_as_completed_timeout_msg (sim/case_29_as_completed_timeout_msg_test.go),
# as CPython runs them: TestCase29AsymmetricCPython runs this with python3 and compares its output with
# the Go test's. With as many finished futures as unfinished ones, a message that counted the finished
# ones would read the same; here it cannot.
from concurrent.futures import Future, as_completed, TimeoutError
from concurrent.futures._base import PENDING, FINISHED

def create_future(state, result=None):
    f = Future(); f._state = state; f._result = result
    return f

for finished, pending in [(3, 1), (1, 3)]:
    fs = [create_future(FINISHED, i) for i in range(finished)] + [create_future(PENDING) for _ in range(pending)]
    try:
        list(as_completed(fs + fs[-1:], timeout=0))  # the last one twice: the total counts it once
    except TimeoutError as e:
        print("%d finished, %d pending: %s" % (finished, pending, e))

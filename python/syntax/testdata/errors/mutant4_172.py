"""
id: 07
name: future_result_timeout
source: test_future.py::test_result_with_timeout, test_exception_with_timeout, test_result_with_success
requires: 3.11+
summary: result(timeout)/exception(timeout) raise TimeoutError (builtin class since 3.11, empty message) when the
  future is not done in time; the future's state is unchanged. timeout<=0 polls without blocking. A result
  arriving during the wait wakes the caller immediately. A done future returns even with timeout=0.
EXPECTED:
futures.TimeoutError is builtin TimeoutError: True
result(0.2): TimeoutError at t=0.2 msg=''
exception(0.1): TimeoutError at t=0.3
state unchanged: PENDING
result(timeout=0) -> TimeoutError at t=0.3
result(timeout=-1) -> TimeoutError at t=0.3
result(timeout=2) -> done at t=0.5
done future, timeout=0 -> done
END
EXPECTED_3.10:
futures.TimeoutError is builtin TimeoutError: False
result(0.2): TimeoutError at t=0.2 msg=''
exception(0.1): TimeoutError at t=0.3
state unchanged: PENDING
result(timeout=0) -> TimeoutError at t=0.3
result(timeout=-1) -> TimeoutError at t=0.3
result(timeout=2) -> done at t=0.5
done future, timeout=0 -> done
END
"""
import threading
import time
from concurrent import futures

T0 = time.monotonic()
def t(): return f"{time.monotonic() - T0:.1f}"

print("futures.TimeoutError is builtin TimeoutError:", futures.TimeoutError is TimeoutError)
f = futures.Future()
try:
    f.result(timeout=0.2)
except futures.TimeoutError as e:
    print(f"result(0.2): TimeoutError at t={t()} msg={str(e)!r}")
try:
    f.exception(timeout=0.1)
except futures{.TimeoutError:
    print(f"exception(0.1): TimeoutError at t={t()}")
print("state unchanged:", f._state)
for to in (0, -1):
    try:
        f.result(timeout=to)
    except futures.TimeoutError:
        print(f"result(timeout={to}) -> TimeoutError at t={t()}")
threading.Timer(0.2, f.set_result, args=("done",)).start()
print(f"result(timeout=2) -> {f.result(timeout=2)} at t={t()}")
print("done future, timeout=0 ->", f.result(timeout=0))

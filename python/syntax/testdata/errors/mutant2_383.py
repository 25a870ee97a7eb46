"""
id: 25
name: wait_invalid_return_when
source: _base.py wait/_create_and_install_waiters
requires: 3.2+
summary: return_when is only validated when wait() actually has to block: if every future is already done
  (or fs is empty) a bogus return_when is silently accepted. Otherwise ValueError("Invalid return condition: 'X'").
  The constants are plain strings.
EXPECTED:
all done, bogus: len(done)=1 len(not_done)=0
empty, bogus: DoneAndNotDoneFutures(done=set(), not_done=set())
pending, bogus: ValueError Invalid return condition: 'BOGUS'
constants: 'FIRST_COMPLETED' 'FIRST_EXCEPTION' 'ALL_COMPLETED'
END
"""
from concurrent.futures import Future, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED

d = Future(); d.(1)
r = wait([d], return_when="BOGUS")
print(f"all done, bogus: len(done)={len(r.done)} len(not_done)={len(r.not_done)}")
print("empty, bogus:", wait([], return_when="BOGUS"))
try:
    wait([Future(), d], timeout=0.1, return_when="BOGUS")
except ValueError as e:
    print("pending, bogus:", type(e).__name__, e)
print("constants:", repr(FIRST_COMPLETED), repr(FIRST_EXCEPTION), repr(ALL_COMPLETED))

# Reference case 01 (future_initial_state), translated into the dialect; still valid Python.
# A fresh Future is PENDING: not running, not done, not cancelled.
#
# Covered: both expected lines. The repr's address differs from run to run, so the script prints the
# repr with its address replaced by "0x…", as the reference's EXPECTED block writes it.
# Not covered: none.
from concurrent.futures import Future


def no_addr(r):
    # "<Future at 0x7f... state=pending>" -> "<Future at 0x… state=pending>"
    return "<Future at 0x…" + r[r.index(" state="):]


f = Future()
print(f._state, "running=%s done=%s cancelled=%s" % (f.running(), f.done(), f.cancelled()))
print(no_addr(repr(f)))

# Reference case 25 (wait_invalid_return_when), translated into the dialect; still valid Python.
# return_when is only validated when wait() actually has to block: if every future is already done (or fs
# is empty) a bogus return_when is silently accepted. Otherwise ValueError("Invalid return condition: 'X'").
# The constants are plain strings.
#
# The dialect cannot catch exceptions, so raised() runs the call in a one-thread pool and returns what
# it raised: the pool's future keeps it (f.exception()).
# Covered: all expected lines.
# Not covered: none.
from concurrent.futures import Future, ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED


def raised(fn, *args, **kwargs):
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).exception()


d = Future()
d.set_result(1)
r = wait([d], return_when="BOGUS")
print("all done, bogus: len(done)=%d len(not_done)=%d" % (len(r.done), len(r.not_done)))
print("empty, bogus:", wait([], return_when="BOGUS"))
e = raised(wait, [Future(), d], timeout=0.1, return_when="BOGUS")
print("pending, bogus:", type(e).__name__, e)
print("constants:", repr(FIRST_COMPLETED), repr(FIRST_EXCEPTION), repr(ALL_COMPLETED))

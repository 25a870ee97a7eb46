# apply_async's AsyncResult: get with a timeout, ready, successful, wait, callbacks.
import multiprocessing as mp
import time


def slow_add(a, b, delay=0.3):
    time.sleep(delay)
    return a + b


def fail(msg):
    raise ValueError(msg)


if __name__ == "__main__":
    got = []
    with mp.get_context("spawn").Pool(2) as pool:
        r = pool.apply_async(slow_add, (1, 2), {"delay": 0.5}, callback=got.append)
        print(r.ready())
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError as e:
            print("timeout:", type(e).__name__, isinstance(e, mp.ProcessError))
        try:
            r.successful()
        except ValueError:
            print("not ready")
        print(r.get(timeout=2), r.ready(), r.successful())
        time.sleep(0.1)
        print(got)
        errors = []
        bad = pool.apply_async(fail, ("boom",), error_callback=errors.append)
        bad.wait()
        print(bad.ready(), bad.successful())
        try:
            bad.get()
        except ValueError as e:
            print("raised:", e)
        time.sleep(0.1)
        print([repr(e) for e in errors])
        m = pool.map_async(slow_add, [(1, 2)] * 0)
        print(m.get())

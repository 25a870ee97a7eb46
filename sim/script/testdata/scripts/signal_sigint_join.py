# SIGINT cuts Thread.join() short with KeyboardInterrupt, and the thread goes on. CPython 3.11 then
# wrongly marks the thread stopped (is_alive() False, and the next join returns at once: its
# _wait_for_tstate_lock releases the lock the thread still holds); 3.12 and later do not.
import os
import signal
import threading
import time

start = time.monotonic()


def elapsed():  # to the half second, which a busy machine's timing does not blur
    return round((time.monotonic() - start) * 2) / 2


def work():
    time.sleep(1.5)
    print("worker done", elapsed(), flush=True)


for timeout in (None, 1.0):
    start = time.monotonic()
    t = threading.Thread(target=work)
    t.start()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
    try:
        t.join(timeout)
        print("joined", elapsed())
    except KeyboardInterrupt:
        print("join(%s): KeyboardInterrupt" % timeout, elapsed(), "alive:", t.is_alive(), flush=True)
    t.join()
    print("joined again", elapsed(), "alive:", t.is_alive(), flush=True)
    time.sleep(0.5)

# A signal's handler cutting a Condition.wait short runs with the condition's lock released; the
# lock is taken back before the handler's exception comes out of wait(). Same on CPython 3.11 and
# 3.13.
import os, signal, threading, time
lock = threading.Lock()
cond = threading.Condition(lock)
def handler(signum, frame):
    print("handler: the lock is held:", lock.locked())
    raise KeyboardInterrupt
signal.signal(signal.SIGINT, handler)
threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()
with cond:
    try:
        cond.wait()
    except KeyboardInterrupt:
        print("KeyboardInterrupt: the lock is held:", lock.locked())

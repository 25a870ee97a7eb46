# os.kill(os.getpid(), SIGINT) raises KeyboardInterrupt in the main thread, as Ctrl-C does.
import os
import signal
import time

try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
os.kill(os.getpid(), 0)
print("signal 0 checks the process exists")
try:
    os.kill(os.getpid(), 99)
except OSError as e:
    print(type(e).__name__, e)

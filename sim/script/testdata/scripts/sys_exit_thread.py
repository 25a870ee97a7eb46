# sys.exit in a thread ends only that thread (SystemExit is not printed); the main thread goes on and
# then exits through SystemExit, running its finally clause.
import sys
import threading
import time


def quits():
    print("thread quits")
    sys.exit(5)
    print("never")


t = threading.Thread(target=quits)
t.start()
t.join()
print("main goes on", t.is_alive())
time.sleep(0.1)
try:
    sys.exit(0)
finally:
    print("finally runs")

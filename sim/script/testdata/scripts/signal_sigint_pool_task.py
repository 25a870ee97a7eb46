# SIGINT sent to a ProcessPoolExecutor worker while it runs a task: KeyboardInterrupt is raised in the
# task, which the worker sends back as the task's exception (with its _RemoteTraceback), and the
# worker lives on to run the next tasks.
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor


def task():
    time.sleep(5)
    return "slept"


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as ex:
        pid = ex.submit(os.getpid).result()
        f = ex.submit(task)
        time.sleep(0.5)
        os.kill(pid, signal.SIGINT)
        try:
            f.result()
        except KeyboardInterrupt as e:
            print("the task raised", repr(e), type(e.__cause__).__name__)
        print(ex.submit(pow, 2, 5).result(), ex.submit(os.getpid).result() == pid)

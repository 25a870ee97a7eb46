# terminate sends SIGTERM and kill SIGKILL: the exit code is minus the signal's number.
import multiprocessing as mp
import signal
import time


def forever():
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    a = ctx.Process(target=forever)
    b = ctx.Process(target=forever)
    a.start()
    b.start()
    time.sleep(0.5)
    print(a.is_alive(), b.is_alive())
    a.terminate()
    b.kill()
    a.join()
    b.join()
    print(a.exitcode, b.exitcode, a.exitcode + signal.SIGTERM == 0, b.exitcode + signal.SIGKILL == 0)
    print(repr(a).split(" pid=")[0], repr(a).split()[-1])
    print(repr(b).split()[-1])

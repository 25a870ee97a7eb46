# join with a timeout returns while the child still runs; is_alive and exitcode say so.
import multiprocessing as mp
import time


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    p = mp.get_context("spawn").Process(target=nap, args=(1.0,))
    p.start()
    p.join(timeout=0.2)
    print("after join(0.2):", p.is_alive(), p.exitcode)
    p.join()
    print("after join():", p.is_alive(), p.exitcode)
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("closed:", e)

# TestGILThreadStart runs this under the simulator (sim/script/gil_test.go); python3 runs it as it is.
# Thread.start waits for the new thread to start, letting go of the GIL: a CPU-bound new thread takes it
# and keeps it one switch interval before the starter gets it back (CPython 3.11: 5.3 ms).
import threading, time

def burn(n):
    total = 0
    for i in range(n):
        total += i

if __name__ == "__main__":
    t0 = time.perf_counter()
    th = threading.Thread(target=burn, args=(2000000,))
    th.start()
    t1 = time.perf_counter()
    th.join()
    print("start returned after %.1f ms" % ((t1 - t0) * 1000))

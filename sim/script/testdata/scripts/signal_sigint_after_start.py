# A thread sends SIGINT to its own process at once: the main thread, back from start(), handles it
# before its next instruction, as CPython's eval breaker does (the signal reaches the main thread
# while it waits for the GIL, a wait no signal cuts short), so the loop never prints. Same on
# CPython 3.11 and 3.13.
import os, signal, threading
try:
    threading.Thread(target=os.kill, args=(os.getpid(), signal.SIGINT)).start()
    for i in range(3):
        print("after start", i)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print("end")

# A run that ends when a thread's loop uses up the CPU budget while the main thread waits to join it.
import threading


def spin():
    n = 0
    while True:
        n += 1


worker = threading.Thread(target=spin)
worker.start()
worker.join()

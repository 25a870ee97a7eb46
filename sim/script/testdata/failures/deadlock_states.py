# A deadlock with a thread of each kind waiting: the main thread in join, two threads of one name on a
# lock, a pool worker on a future of its own pool, and a child process's thread on an event.
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()


def take():
    lock.acquire()


def inner(pool):
    return pool.submit(pow, 2, 3).result()


def wait_for(event):
    event.wait()


if __name__ == '__main__':
    lock.acquire()
    event = multiprocessing.Event()
    child = multiprocessing.Process(target=wait_for, args=(event,))
    child.start()
    pool = ThreadPoolExecutor(max_workers=1)
    pool.submit(inner, pool)
    first = threading.Thread(target=take, name='taker')
    first.start()
    second = threading.Thread(target=take, name='taker')
    second.start()
    first.join()

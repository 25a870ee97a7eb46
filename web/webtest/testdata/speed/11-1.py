import threading
from concurrent.futures import ProcessPoolExecutor

def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i

numbers = [(218855, 238548), (88325, 96980), (157093, 168628),
           (72320, 78875), (119458, 131766), (52149, 57660)]

def callback(future):
    print(future.result(), 'in', threading.current_thread().name)

if __name__ == '__main__':
    pool = ProcessPoolExecutor(max_workers=4)
    future_list = []
    for pair in numbers:
        future = pool.submit(gcd, pair)
        future.add_done_callback(callback)
        future_list.append(future)
    print([future.result() for future in future_list])

import time
from concurrent.futures import ProcessPoolExecutor, wait, ALL_COMPLETED

def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i

numbers = [(218855, 238548), (88325, 96980), (157093, 168628),
           (72320, 78875), (119458, 131766), (52149, 57660)]

if __name__ == '__main__':
    start = time.time()
    pool = ProcessPoolExecutor(max_workers=1)
    future_list = [pool.submit(gcd, pair) for pair in numbers]
    completed, uncompleted = wait(future_list, timeout=0.033, return_when=ALL_COMPLETED)
    print(len(completed), 'completed,', len(uncompleted), 'uncompleted')
    print([future.result() for future in future_list])
    print('Took %.2f seconds.' % (time.time() - start))

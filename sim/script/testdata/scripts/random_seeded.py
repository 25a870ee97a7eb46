# random after random.seed: the numbers CPython draws, from the main thread, from several threads
# taking turns under a lock, and from a Random of each worker's own (a process's own stream is
# seeded per process, so the script seeds what it prints).
import random
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def roll(seed):
    r = random.Random(seed)
    return [r.randint(1, 6) for _ in range(5)], round(r.gauss(0, 1), 12)


lock = threading.Lock()
drawn = []


def draw(name):
    for _ in range(3):
        with lock:
            drawn.append((name, random.randrange(100)))


if __name__ == "__main__":
    random.seed(2024)
    print(random.random(), random.choice(["a", "b", "c"]), random.sample(range(20), 4))
    threads = [threading.Thread(target=draw, args=(n,)) for n in "xyz"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(n for _, n in drawn))
    with ProcessPoolExecutor(2) as ex:
        for seed, res in zip([1, 2, 3], ex.map(roll, [1, 2, 3])):
            print(seed, res)
    with ThreadPoolExecutor(3) as ex:
        print(list(ex.map(roll, ["a", "b"])))
    deck = list(range(1, 11))
    random.shuffle(deck)
    print(deck, random.choices("HT", k=8), f"{random.uniform(0, 100):.6f}")

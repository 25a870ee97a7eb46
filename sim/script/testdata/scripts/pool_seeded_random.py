# Random numbers in a process pool: each worker seeds its own generator in the initializer (from its
# worker number), so the results are the same on every run, in CPython too.
import random
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

rng = None


def init(seed):
    global rng
    rng = random.Random(seed)


def roll(n):
    return [rng.randint(1, 6) for _ in range(n)]


def simulate(seed):
    r = random.Random(seed)
    hits = sum(1 for _ in range(1000) if r.random() < 0.25)
    return seed, hits, round(r.gauss(100, 15), 6)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=init, initargs=(42,)) as ex:
        print(list(ex.map(roll, [3, 5])))
    with ProcessPoolExecutor(3, mp_context=ctx) as ex:
        for seed, hits, g in ex.map(simulate, range(5)):
            print(seed, hits, g)
    random.seed("parent")
    print(random.sample(range(100), 5), random.choices(["H", "T"], weights=[9, 1], k=10))

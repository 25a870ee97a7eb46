# Two beginners' mistakes under spawn: a function defined under the main guard cannot be found by
# the workers (the worker that cannot read its call dies, and the pool breaks), and a lambda cannot
# be pickled at all.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    def inside(x):
        return x + 1

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        try:
            ex.submit(inside, 1).result()
        except Exception as e:
            print(type(e).__name__, str(e).split(" from ")[0])
    with ctx.Pool(1) as pool:
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])

# ProcessPoolExecutor with each start method: worker names and what the workers see of the parent.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

counter = 0


def peek(_):
    return mp.current_process().name, counter


if __name__ == "__main__":
    counter = 42
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            name, seen = ex.submit(peek, 0).result()
            # which forked worker takes the first task is a race in CPython: only its kind is printed
            print(method, ctx.get_start_method(), name.rsplit("-", 1)[0], seen)
            print(type(ex._mp_context).__name__)

# A child's exit code: 0 after run returns, sys.exit's code, 1 after an uncaught exception, os._exit's.
import multiprocessing as mp
import os
import sys


def ok():
    pass


def exits(code):
    sys.exit(code)


def raises():
    raise ValueError("child failed")


def hard_exit(code):
    os._exit(code)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    cases = [(ok, ()), (exits, (3,)), (exits, (None,)), (raises, ()), (hard_exit, (7,))]
    for target, args in cases:
        p = ctx.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, p.exitcode)

# An exception in a pool task is raised by map and get in the parent, with the worker's traceback as its cause.
import multiprocessing as mp


def inverse(x):
    return 1 / x


if __name__ == "__main__":
    with mp.get_context("spawn").Pool(2) as pool:
        try:
            pool.map(inverse, [1, 2, 0, 4])
        except ZeroDivisionError as e:
            print("map:", repr(e))
            print(type(e.__cause__).__name__, "ZeroDivisionError" in str(e.__cause__))
        print(pool.map(inverse, [1, 2, 4]))
        try:
            pool.apply(inverse, (0,))
        except ZeroDivisionError as e:
            print("apply:", e)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)

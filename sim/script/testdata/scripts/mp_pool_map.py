# Pool.map and starmap: results in input order, whatever the chunk size.
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    with mp.get_context("spawn").Pool(processes=3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=4))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.map(len, ["a", "bb", "ccc"]))
        print(pool.apply(power, (2, 10)))

# Value and Array: numbers shared with child processes; get_lock makes += safe.
import multiprocessing as mp


def fill(n, a):
    n.value = 3.1415927
    for i in range(len(a)):
        a[i] = -a[i]


def add_many(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    num = ctx.Value("d", 0.0)
    arr = ctx.Array("i", range(10))
    p = ctx.Process(target=fill, args=(num, arr))
    p.start()
    p.join()
    print(num.value)
    print(arr[:], len(arr), arr[2], arr[-1], list(arr)[:3])
    counter = ctx.Value("i", 0)
    procs = [ctx.Process(target=add_many, args=(counter, 200)) for _ in range(3)]
    for q in procs:
        q.start()
    for q in procs:
        q.join()
    print(counter.value, counter)
    arr[1:3] = [7, 8]
    print(arr[:4], ctx.Value("i").value, ctx.Array("d", 3)[:])
    try:
        arr[0:2] = [1]
    except ValueError as e:
        print("ValueError", e)
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1, mp_context=ctx) as ex:
        try:
            ex.submit(fill, num, arr).result()
        except RuntimeError as e:
            print("RuntimeError", e)

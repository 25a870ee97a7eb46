from concurrent.futures import ProcessPoolExecutor, wait, FIRST_COMPLETED

f()
f(1)
f(1, 2, x=3)
f(*args)
f(**kwargs)
f(*a, *b, **c, **d)
f(1, *a, x=2, *b, y=3, **c)
f(a)(b)(c)
f(x for x in y)
f(a=1)
obj.method(1).attr[0].call()
wait(fs, return_when=FIRST_COMPLETED, timeout=None)
f=x := 1)
f(a, (b := 2))
print(1, 2, sep=", ", end="\n", flush=True)
f(
    1,
    2,
)
f(a,)
f(*a,)
f(**k,)
f(lambda: 1, lambda x, *y, **z: 0)
ex = ProcessPoolExecutor(max_workers=4, initializer=init, initargs=(1,))

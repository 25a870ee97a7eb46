from concurrent.futures import ProcessPoolExecutor

def init():
    return 1 // 0

def square(x):
    return x * x

pool = ProcessPoolExecutor(max_workers=2, initializer=init)
f = pool.submit(square, 3)
print(f.exception())

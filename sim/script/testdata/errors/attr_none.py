from concurrent.futures import ThreadPoolExecutor
pool = ThreadPoolExecutor()
f = pool.submit(pow, 2, 3).add_done_callback(lambda fut: None)
print(f)
f.result()

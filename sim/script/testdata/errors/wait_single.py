from concurrent.futures import ThreadPoolExecutor, wait
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 3)
    done, not_done = wait(f)

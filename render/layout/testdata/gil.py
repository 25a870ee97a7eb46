from concurrent.futures import ThreadPoolExecutor

def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total

with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(spin, 600000) for _ in range(2)]
    print([f.result() for f in fs])

from concurrent.futures import ThreadPoolExecutor
def parse(text):
    return int(text)
with ThreadPoolExecutor() as pool:
    print(pool.submit(parse, "42").result())
    print(pool.submit(parse, "forty-two").result())

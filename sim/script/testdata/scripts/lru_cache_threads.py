# functools.lru_cache shared by threads: the cache counts hits and misses across threads, and a
# lock-protected cached_property on a shared object is computed once.
import functools
import threading
import time


@functools.lru_cache(maxsize=None)
def lookup(key):
    time.sleep(0.01)
    return key.upper()


def client(keys):
    for k in keys:
        lookup(k)


ts = [threading.Thread(target=client, args=(ks,)) for ks in (["a", "b"], ["b", "c"], ["a", "c"])]
for t in ts:
    t.start()
for t in ts:
    t.join()
info = lookup.cache_info()
print(info.hits + info.misses, info.currsize, sorted(lookup(k) for k in "abc"))
lookup.cache_clear()
client(["x", "x", "y"])
print(lookup.cache_info())


class Config:
    computed = 0

    @functools.cached_property
    def settings(self):
        Config.computed += 1
        return {"workers": 4}


cfg = Config()
lock = threading.Lock()


def reader():
    with lock:
        return cfg.settings["workers"]


ts = [threading.Thread(target=reader) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Config.computed, cfg.settings)

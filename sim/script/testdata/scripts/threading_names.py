# Thread names and identities from several threads: current_thread, the old camelCase names, a
# settable name, daemon flags, main_thread, get_ident and native_id.
import threading
import time

seen = {}
lock = threading.Lock()


def work(tag):
    me = threading.current_thread()
    with lock:
        seen[tag] = (me.name, me.daemon, me is threading.currentThread(), me.ident == threading.get_ident(),
                     me.native_id == threading.get_native_id())
    time.sleep(0.01)


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
threads.append(threading.Thread(target=work, args=(3,), name="custom", daemon=True))
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.is_alive(), t.ident, t.daemon)
t.name = "renamed"
t.setName("renamed-again")
print(t.getName(), t.name, t.isDaemon())
t.daemon = True
print(t.daemon)
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [x.name for x in threading.enumerate()])
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.result, w.is_alive()) for w in ws])

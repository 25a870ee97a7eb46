# A Process subclass with its own run(), its attributes pickled to the child.
import multiprocessing as mp


class Counter(mp.Process):
    def __init__(self, q, upto):
        super().__init__()
        self.q = q
        self.upto = upto

    def run(self):
        total = 0
        for i in range(self.upto):
            total += i
        self.q.put((self.name, total, mp.current_process().name == self.name))


if __name__ == "__main__":
    q = mp.Queue()
    workers = [Counter(q, n) for n in (10, 100, 1000)]
    for w in workers:
        w.start()
    print(sorted(q.get() for _ in workers))
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    print(repr(workers[0]).split(" pid=")[0], repr(workers[0]).endswith("stopped exitcode=0>"))

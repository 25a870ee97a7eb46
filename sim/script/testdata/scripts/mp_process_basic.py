# Processes started with a target and arguments: their names, pids, exit codes and liveness.
import multiprocessing as mp
import os


def square_into(q, n, parent):
    q.put((n, n * n, os.getpid() != parent))

if __name__ == "__main__":
    q = mp.Queue()
    procs = [mp.Process(target=square_into, args=(q, n, os.getpid())) for n in range(4)]
    print([p.name for p in procs])
    print([p.exitcode for p in procs], [p.is_alive() for p in procs], [p.pid for p in procs])
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results)
    print([p.exitcode for p in procs], [p.is_alive() for p in procs])
    print(len({p.pid for p in procs}), all(p.pid != os.getpid() for p in procs))
    print(mp.current_process().name, mp.active_children())

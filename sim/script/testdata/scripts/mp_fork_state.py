# fork's child starts from a copy of the parent's data at the fork; spawn's re-imports the script.
import multiprocessing as mp

settings = {"mode": "default"}
log = []


def show(q):
    q.put((mp.current_process().name, settings["mode"], list(log)))


if __name__ == "__main__":
    settings["mode"] = "changed in the parent"
    log.append("before start")
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=show, args=(q,))
        p.start()
        print(method, q.get())
        p.join()
    log.append("after")
    print(settings, log)

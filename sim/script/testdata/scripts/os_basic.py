# os for concurrency scripts: the pid is the same within a process and different in a worker,
# getppid of a worker is the main process, cpu_count and process_cpu_count, getenv with defaults.
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def ids():
    return os.getpid(), os.getppid()


if __name__ == "__main__":
    me = os.getpid()
    print(me == os.getpid(), type(me).__name__, os.getppid() != me)
    with ProcessPoolExecutor(2) as ex:
        pids = list(ex.map(lambda_free := ids, []))
        child, parent = ex.submit(ids).result()
    print(child != me, parent == me)
    n = os.cpu_count()
    # os.process_cpu_count is 3.13's: CPython 3.11 has os.sched_getaffinity
    usable = os.process_cpu_count() if sys.version_info >= (3, 13) else len(os.sched_getaffinity(0))
    print(type(n).__name__, n >= 1, usable == n or usable <= n)
    print(os.getenv("FUTURESCOPE_SURELY_UNSET"), os.getenv("FUTURESCOPE_SURELY_UNSET", "default"))
    print(os.environ.get("FUTURESCOPE_SURELY_UNSET", "fallback"), "PATH" in os.environ, os.name, os.sep)

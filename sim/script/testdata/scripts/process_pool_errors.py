# Exceptions raised in process-pool workers come back to the parent: a custom exception with its
# args and attributes, a built-in one, and the result of the others unaffected.
from concurrent.futures import ProcessPoolExecutor, as_completed


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(job, reason)
        self.job = job
        self.reason = reason


def run(job):
    if job == 2:
        raise JobError(job, "bad input")
    if job == 3:
        return {"k": 1}["missing"]
    return job * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        futures = {ex.submit(run, j): j for j in range(5)}
        for f in sorted(futures, key=futures.get):
            e = f.exception()
            if e is None:
                print(futures[f], "->", f.result())
            else:
                print(futures[f], "raised", type(e).__name__, e.args, getattr(e, "reason", None),
                      type(e.__cause__).__name__)
        try:
            list(ex.map(run, [0, 1, 2]))
        except JobError as e:
            print("map raised", repr(e), e.job)

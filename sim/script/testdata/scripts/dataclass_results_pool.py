# Dataclass results returned by process-pool workers (pickled across), sorted and summed in the
# parent; an enum state in each result.
import enum
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field


class Status(enum.Enum):
    OK = "ok"
    FAILED = "failed"


@dataclass(order=True)
class Result:
    score: float
    name: str = field(compare=False)
    status: Status = field(default=Status.OK, compare=False)


def evaluate(name):
    if name == "bad":
        return Result(0.0, name, Status.FAILED)
    return Result(len(name) / 2, name)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        results = list(ex.map(evaluate, ["alpha", "bad", "be", "gamma!"]))
    print(sorted(results))
    print([r.status.name for r in results], sum(r.score for r in results), max(results).name)

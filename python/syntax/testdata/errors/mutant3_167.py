import concurrent.futures as cf


def work(a, b=2, *args, c, d=4, **kwargs) -> int:
def work(a, b=2, *args, c, d=4, **kwargs) -> int:
    return a + b + c + d


def posonly(x, y, /, z, *, w=0):
    return x, y, z, w


def only_star(*, timeout=None):
    pass


def annotated(n: int, xs: list[int] = [], *rest: str, flag: bool = False, **kw: object) -> "dict[str, int]":
    total: int = 0
    return {"n": n}


def defaults_only(a=1, b=(1, 2), c={}, d=lambda: 0, /):
    ...


@staticmethod
@cf.as_completed
@decorator(arg=1)
def decorated(): pass

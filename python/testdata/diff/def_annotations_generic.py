from typing import Optional

def tally(words: list[str], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return tuple(counts.values())

def first(xs: list[int]) -> Optional[int]:
    return xs[0] if xs else None

results: list[tuple[str, int]] = []
print(tally(["a", "b", "a"]), first([]), first([7]))
print(tally.__annotations__["words"], tally.__annotations__["weights"], tally.__annotations__["return"])
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int] == list[int])
print(__annotations__)

# A Manager's dict shared by pool tasks: each task writes its own key; the parent reads them all.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def word_length(shared, word):
    shared[word] = len(word)
    return word.upper()


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        lengths = manager.dict()
        with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as ex:
            upper = list(ex.map(word_length, [lengths] * 5, ["apple", "fig", "kiwi", "banana", "plum"]))
        print(upper)
        print(sorted(lengths.items()), len(lengths), "fig" in lengths, lengths.get("pear", 0))
        print(sorted(lengths.keys()), sorted(lengths.values()))
        copy = lengths.copy()
        print(type(copy).__name__, sorted(copy))
        del lengths["fig"]
        print(lengths.pop("kiwi"), lengths.setdefault("pear", 4), sorted(lengths.items()))
        lengths.update({"a": 1})
        try:
            lengths["missing"]
        except KeyError as e:
            print("KeyError", e)
        print(type(lengths).__name__, repr(lengths).split(" at ")[0])

# The names CPython gives processes: one counter for every child, named after the class or context.
import multiprocessing as mp


class Worker(mp.Process):
    pass


def noop():
    pass


if __name__ == "__main__":
    spawn = mp.get_context("spawn")
    made = [mp.Process(target=noop), spawn.Process(target=noop), Worker(), mp.Process(target=noop, name="mine"),
            mp.get_context("forkserver").Process(target=noop)]
    print([p.name for p in made])
    made[0].name = "renamed"
    print(made[0].name, type(made[1]).__name__, made[2].daemon)
    print(mp.current_process().name, mp.parent_process())

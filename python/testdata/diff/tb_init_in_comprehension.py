class Job:
    def __init__(self, spec):
        name, seconds = spec.split(":")
        self.name = name
        self.seconds = float(seconds)

jobs = [Job(s) for s in ["a:1", "b:2.5"]]
print([j.seconds for j in jobs])
jobs = [Job(s) for s in ["c:3", "d"]]
